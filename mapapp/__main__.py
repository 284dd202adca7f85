"""``python -m mapapp export OUT_DIR [--itinerary PATH]``: write the static site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from places.errors import PlacesError


def main(argv: list[str] | None = None) -> int:
    default = Path(__file__).resolve().parent.parent / "places" / "data" / "itinerary.json"
    parser = argparse.ArgumentParser(prog="python -m mapapp", description="The exile map outside Streamlit.")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="write a self-contained static site (works from file://)")
    export.add_argument("out_dir")
    export.add_argument("--itinerary", default=str(default), help="itinerary JSON (default: the bundled one)")
    args = parser.parse_args(argv)
    from mapapp.export import export_site
    from places.itinerary import load_itinerary

    try:
        index = export_site(load_itinerary(args.itinerary), args.out_dir)
    except PlacesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {index} (open it in a browser, or serve the folder from any static host)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
