using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Writing;

namespace ReportKit.Excel.Tests;

public sealed class PackageNormalizerTests
{
    private static byte[] SaveWithClosedXml()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Tổng hợp").Cell(1, 1).SetValue("Chi bộ");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static byte[] Normalize(byte[] package, DateTime timestamp)
    {
        using var source = new MemoryStream(package);
        using var destination = new MemoryStream();
        PackageNormalizer.Normalize(source, destination, timestamp, "ReportKit");
        return destination.ToArray();
    }

    private static string Entry(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void ClosedXml_alone_is_not_deterministic_but_normalized_output_is()
    {
        var first = SaveWithClosedXml();
        var second = SaveWithClosedXml();
        Assert.NotEqual(first, second); // the random part name and relationship ids

        var timestamp = new DateTime(2024, 11, 30, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(Normalize(first, timestamp), Normalize(second, timestamp));
    }

    [Fact]
    public void Random_names_and_ids_are_replaced_and_references_follow()
    {
        var normalized = Normalize(SaveWithClosedXml(), WorkbookSaveOptions.DefaultTimestamp);
        using var zip = new ZipArchive(new MemoryStream(normalized));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal("_rels/.rels", names[1]);
        Assert.Contains(PackageNormalizer.CorePropertiesPartName, names);
        Assert.DoesNotContain(names, n => n.EndsWith(".psmdcp", StringComparison.Ordinal) && n != PackageNormalizer.CorePropertiesPartName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));

        var rels = Entry(normalized, "_rels/.rels");
        Assert.DoesNotMatch(new Regex("Id=\"R[0-9a-f]{16}\""), rels);
        Assert.Contains("Target=\"/" + PackageNormalizer.CorePropertiesPartName + "\"", rels, StringComparison.Ordinal);

        using var reopened = new XLWorkbook(new MemoryStream(normalized));
        Assert.Equal("Chi bộ", reopened.Worksheet("Tổng hợp").Cell(1, 1).GetString());
    }

    [Fact]
    public void Core_properties_are_pinned_to_the_given_time_and_author()
    {
        var normalized = Normalize(SaveWithClosedXml(), new DateTime(2024, 11, 30, 8, 15, 0, DateTimeKind.Utc));
        var core = XDocument.Parse(Entry(normalized, PackageNormalizer.CorePropertiesPartName)).Root!;
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        Assert.Equal("2024-11-30T08:15:00Z", core.Element(dcterms + "created")?.Value);
        Assert.Equal("2024-11-30T08:15:00Z", core.Element(dcterms + "modified")?.Value);
        Assert.Equal("ReportKit", core.Element(dc + "creator")?.Value);
        Assert.Equal("ReportKit", core.Element(cp + "lastModifiedBy")?.Value);
    }

    [Fact]
    public void A_local_timestamp_is_refused_because_it_depends_on_the_time_zone()
    {
        Assert.Throws<ArgumentException>(() => Normalize(SaveWithClosedXml(), new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local)));
    }
}
