#!/usr/bin/env python3
"""Re-execute notebooks and save their outputs (figures, tables, videos), as nbdev's own notebooks are published.

    python .ci/save_outputs.py                 # every notebook in nbs/
    python .ci/save_outputs.py nbs/00_core.ipynb nbs/40_inference.ipynb

Cells flagged `slow` or `gpu` are not run (their saved outputs, if any, are kept), exactly as `nbdev_test` skips them;
figures that need long training are read from nbs/results by the cells that show them. Afterwards run `nbdev_clean`."""
import sys, os, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from nbdev.process import NBProcessor
from nbdev.frontmatter import FrontmatterProc
from fastcore.xtras import working_directory

SKIP = {'slow', 'gpu'}

def skipped(cell)->bool:
    "Cells `nbdev_test` would not run."
    if cell.cell_type != 'code': return True
    d = getattr(cell, 'directives_', {}) or {}
    return d.get('eval:', [''])[0].lower() == 'false' or bool(SKIP & d.keys())

def save_outputs(path:Path)->float:
    "Run the notebook at `path` top to bottom in a fresh shell and write the outputs of the cells that ran into it."
    t0 = time.time()
    raw, run = read_nb(path), NBProcessor(path, procs=FrontmatterProc, process=True).nb
    shell = CaptureShell(path, mpl_format='png')
    with working_directory(path.parent): shell.run_all(run, exc_stop=True, preproc=skipped)
    for r, c in zip(raw.cells, run.cells):
        if r.cell_type == 'code' and not skipped(c): r['outputs'], r['execution_count'] = c.get('outputs', []), None
    write_nb(raw, path)
    return time.time() - t0

if __name__ == '__main__':
    nbs = [Path(p) for p in sys.argv[1:]] or sorted(p for p in Path('nbs').glob('*.ipynb') if not p.name.startswith('_'))
    for p in nbs:
        print(f'{p}: ', end='', flush=True)
        try: print(f'{save_outputs(p):.0f} s', flush=True)
        except Exception as e: print(f'FAILED ({type(e).__name__}: {e})'); sys.exit(1)
