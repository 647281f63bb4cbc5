"""Edits a workbook with openpyxl the way a user's script or another program would, for the import tests.

    python3 edit_form.py IN.xlsx OUT.xlsx [OPERATION SHEET ARGS...]

Operations: insert_rows SHEET ROW [COUNT], delete_rows SHEET ROW [COUNT], insert_cols SHEET COL [COUNT],
delete_cols SHEET COL [COUNT], swap_rows SHEET ROW ROW (the two rows' cells change places, values and styles, as a
script sorting a table would), set_cells SHEET CELL=VALUE... (a value "date:2023-05-12" is written as a date cell,
anything else as text, as a clerk picks "Có" from a dropdown or types a name). With none, the workbook is loaded and
saved unchanged.
"""
import copy
import datetime
import sys

import openpyxl


def main(argv):
    source, target, *operation = argv
    workbook = openpyxl.load_workbook(source)
    if operation and operation[0] == "set_cells":
        _, sheet, *assignments = operation
        for assignment in assignments:
            cell, value = assignment.split("=", 1)
            if value.startswith("date:"):
                workbook[sheet][cell].value = datetime.datetime.strptime(value[5:], "%Y-%m-%d")
                workbook[sheet][cell].number_format = "dd/mm/yyyy"
            else:
                workbook[sheet][cell].value = value
    elif operation and operation[0] == "swap_rows":
        _, sheet, first, second = operation
        worksheet = workbook[sheet]
        for column in range(1, worksheet.max_column + 1):
            a, b = worksheet.cell(int(first), column), worksheet.cell(int(second), column)
            (a.value, a._style), (b.value, b._style) = (b.value, copy.copy(b._style)), (a.value, copy.copy(a._style))
    elif operation:
        name, sheet, index, *count = operation
        getattr(workbook[sheet], name)(int(index), int(count[0]) if count else 1)
    workbook.save(target)


if __name__ == "__main__":
    main(sys.argv[1:])
