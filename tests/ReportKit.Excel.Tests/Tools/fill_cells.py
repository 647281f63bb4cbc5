"""Fills cells of a workbook with openpyxl, as another program would, for the list import tests.

    python3 fill_cells.py IN.xlsx OUT.xlsx SHEET CELL=VALUE...

A VALUE of n:12 is written as a number, d:2024-05-01 as a date, anything else as text.
"""
import datetime
import sys

import openpyxl


def main(argv):
    source, target, sheet, *cells = argv
    workbook = openpyxl.load_workbook(source)
    worksheet = workbook[sheet]
    for assignment in cells:
        cell, value = assignment.split("=", 1)
        if value.startswith("n:"):
            worksheet[cell] = float(value[2:]) if "." in value else int(value[2:])
        elif value.startswith("d:"):
            worksheet[cell] = datetime.datetime.strptime(value[2:], "%Y-%m-%d")
            worksheet[cell].number_format = "dd/mm/yyyy"
        else:
            worksheet[cell] = value
    workbook.save(target)


if __name__ == "__main__":
    main(sys.argv[1:])
