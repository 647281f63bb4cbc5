using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ReportKit.Excel.Tests;

/// <summary>Validates saved packages against the Open XML schemas (DocumentFormat.OpenXml 2.20).</summary>
internal static class OpenXmlAssert
{
    /// <summary>Asserts the file validates with zero errors, listing them if not.</summary>
    public static void IsValid(string path)
    {
        using var stream = File.OpenRead(path);
        IsValid(stream);
    }

    /// <summary>Asserts the package validates with zero errors, listing them if not.</summary>
    public static void IsValid(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013);
        var errors = validator.Validate(document).ToList();
        Assert.True(errors.Count == 0,
            errors.Count + " validation error(s):\n" + string.Join("\n", errors.Select(e =>
                $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }
}
