"""Edits a workbook with openpyxl the way a user's script or another program would, for the import tests.

    python3 edit_form.py IN.xlsx OUT.xlsx [OPERATION SHEET ARGS...]

Operations: insert_rows SHEET ROW [COUNT], delete_rows SHEET ROW [COUNT], insert_cols SHEET COL [COUNT],
delete_cols SHEET COL [COUNT]. With none, the workbook is loaded and saved unchanged.
"""
import sys

import openpyxl


def main(argv):
    source, target, *operation = argv
    workbook = openpyxl.load_workbook(source)
    if operation:
        name, sheet, index, *count = operation
        getattr(workbook[sheet], name)(int(index), int(count[0]) if count else 1)
    workbook.save(target)


if __name__ == "__main__":
    main(sys.argv[1:])
