using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Excel.Layout;

/// <summary>
/// A workbook described independently of any Excel library: sheets of typed cells with a small
/// set of styles, merges, sizes, print setup, protection, validations, defined names and properties.
/// A writer (<see cref="Writing.ClosedXmlWorkbookWriter"/>) turns it into an .xlsx file.
/// </summary>
public sealed class WorkbookLayout
{
    private static readonly char[] ForbiddenSheetNameCharacters = { ':', '\\', '/', '?', '*', '[', ']' };
    private readonly List<SheetLayout> _sheets = new();
    private readonly List<DefinedName> _names = new();

    /// <summary>Sheets in tab order.</summary>
    public IReadOnlyList<SheetLayout> Sheets => _sheets;

    /// <summary>Workbook-wide defined names.</summary>
    public IReadOnlyList<DefinedName> DefinedNames => _names;

    /// <summary>Document properties.</summary>
    public DocumentProperties Properties { get; } = new();

    /// <summary>Adds a sheet at the end; names are unique ignoring case, at most 31 characters, without <c>: \ / ? * [ ]</c>.</summary>
    public SheetLayout AddSheet(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 31 || name.IndexOfAny(ForbiddenSheetNameCharacters) >= 0 ||
            name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException("Not a valid sheet name: '" + name + "'.", nameof(name));
        }

        if (_sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException("There is already a sheet named '" + name + "'.", nameof(name));
        }

        var sheet = new SheetLayout(name);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>Adds a defined name for a range on one of the sheets.</summary>
    public WorkbookLayout AddDefinedName(DefinedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsValidName(name.Name))
        {
            throw new ArgumentException("Not a valid defined name: '" + name.Name + "'.", nameof(name));
        }

        if (_names.Any(n => string.Equals(n.Name, name.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException("The name '" + name.Name + "' is already defined.", nameof(name));
        }

        name.Range.Validate(nameof(name));
        _names.Add(name);
        return this;
    }

    /// <summary>Checks what the layout cannot check as it is built (names refer to sheets, at least one visible sheet).</summary>
    internal void Check()
    {
        if (_sheets.Count == 0)
        {
            throw new InvalidOperationException("A workbook needs at least one sheet.");
        }

        if (_sheets.All(s => s.Visibility != SheetVisibility.Visible))
        {
            throw new InvalidOperationException("A workbook needs at least one visible sheet.");
        }

        foreach (var name in _names)
        {
            if (!_sheets.Any(s => s.Name == name.SheetName))
            {
                throw new InvalidOperationException("Defined name '" + name.Name + "' refers to a missing sheet '" + name.SheetName + "'.");
            }
        }

        foreach (var sheet in _sheets)
        {
            foreach (var rule in sheet.Validations)
            {
                rule.Check();
            }
        }
    }

    // Excel's rule, simplified: a letter, '_' or '\' first, then letters, digits, '_' and '.';
    // not something that reads as a cell reference (A1, R1C1).
    private static bool IsValidName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 255 || !(char.IsLetter(name[0]) || name[0] == '_' || name[0] == '\\'))
        {
            return false;
        }

        if (!name.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '\\'))
        {
            return false;
        }

        var letters = name.TakeWhile(char.IsAsciiLetter).Count();
        var looksLikeCell = letters is > 0 and <= 3 && letters < name.Length && name.Skip(letters).All(char.IsAsciiDigit);
        var isRc = name.Equals("R", StringComparison.OrdinalIgnoreCase) || name.Equals("C", StringComparison.OrdinalIgnoreCase);
        return !looksLikeCell && !isRc;
    }
}
