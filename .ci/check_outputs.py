#!/usr/bin/env python3
"""Check the published notebooks: every notebook was saved with its outputs, every notebook that makes or shows a
figure has it among them, the outputs survive `nbdev_clean`, and every notebook renders to HTML with nbconvert
(the stand-in for Quarto, which cannot be installed here). Prints one line per problem and a summary; exit 1 on any."""
import sys, re, json, copy, tempfile
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter
from nbdev.clean import clean_nb

FIGURE_CODE = re.compile(r"plt\.|\.imshow\(|\bImage\(|\bVideo\(|show_image|contact_sheet|_figure\(|fig, ax|subplots\(|\bHTML\(")
SKIP_FLAGS = ('#| slow', '#| gpu', '#|slow', '#|gpu')

def images(nb)->int:
    "Image (png/jpeg/svg) and HTML5 video outputs in `nb`."
    n = 0
    for c in nb.cells:
        for o in c.get('outputs', []):
            d = o.get('data', {})
            n += any(k.startswith('image/') for k in d) or '<video' in ''.join(d.get('text/html', ''))
    return n

def check(path:Path, out_dir:Path)->list[str]:
    nb = nbformat.read(path, as_version=4); problems = []
    code = [c for c in nb.cells if c.cell_type == 'code' and not c.source.lstrip().startswith(SKIP_FLAGS)]
    if code and not any(c.get('outputs') for c in nb.cells if c.cell_type == 'code'):
        problems.append('saved without outputs (run .ci/save_outputs.py)')
    if any(FIGURE_CODE.search(c.source) for c in code) and not images(nb):
        problems.append('makes or shows a figure, but no image is among its saved outputs')
    cleaned = copy.deepcopy(nb); clean_nb(cleaned)
    if images(cleaned) != images(nb): problems.append('nbdev_clean drops saved figures')
    try:
        html, _ = HTMLExporter().from_notebook_node(nb)
        (out_dir/f'{path.stem}.html').write_text(html)
        n_img = len(re.findall(r'<img |<video ', html))
        if n_img < images(nb): problems.append(f'HTML shows {n_img} of its {images(nb)} images')
    except Exception as e: problems.append(f'nbconvert failed: {type(e).__name__}: {e}')
    return problems

def unmapped(nbs:list[Path])->list[str]:
    "Notebooks missing from the README's notebook map, index.ipynb's, or the docs sidebar (they must stay in step)."
    places = {'README.md': Path('README.md').read_text(), 'nbs/index.ipynb': Path('nbs/index.ipynb').read_text(),
              'the sidebar (nbs/_quarto.yml)': Path('nbs/_quarto.yml').read_text()}
    return [f'{p.name}: not in {where}' for p in nbs if p.name != 'index.ipynb' for where, text in places.items() if p.name not in text]

if __name__ == '__main__':
    nbs = sorted(p for p in Path('nbs').glob('*.ipynb') if not p.name.startswith('_'))
    missing = unmapped(nbs)
    for m in missing: print(m)
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    out_dir.mkdir(parents=True, exist_ok=True)
    bad, n_img = 0, 0
    for p in nbs:
        probs = check(p, out_dir); n_img += images(nbformat.read(p, as_version=4))
        for pr in probs: print(f'{p.name}: {pr}')
        bad += bool(probs)
    print(f'published notebooks: {len(nbs)} HTML pages in {out_dir}, {n_img} images/videos; {bad} notebook(s) with problems')
    sys.exit(1 if bad or missing else 0)
