using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using ReportKit.Excel.Forms;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The seal of a form's metadata rows is hashed as its canonical text is encoded, piece by piece: it must stay the seal of
/// the whole text (rows and fields joined by their separators, encoded as UTF-8 at once), or every form written before would
/// read as tampered. Checked against that definition on texts of every kind: long (past the encoding buffer), Vietnamese,
/// lone surrogates.
/// </summary>
public sealed class SealTests
{
    /// <summary>The seal as the format defines it: HMAC-SHA256 of the whole canonical text's UTF-8.</summary>
    private static string Defined(MetadataEntry[] entries, string? secret)
    {
        var canonical = new StringBuilder();
        foreach (var entry in entries)
        {
            canonical.Append(entry.Key);
            foreach (var field in entry.Fields)
                canonical.Append('\u001F').Append(field);
            canonical.Append('\u001E');
        }

        var key = SHA256.HashData(Encoding.UTF8.GetBytes("ReportKit input form seal v1" + "\u0000" + (secret ?? string.Empty)));
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical.ToString()))).ToLowerInvariant();
    }

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Char['\uD800', '\uDFFF'].Array[0, 3].Select(c => new string(c)),
        Gen.Const("Chi bộ thôn 2 – Đảng ủy xã Hồng Phong, “Kết quả”"),
        Gen.Char['a', 'ỹ'].Array[900, 1500].Select(c => new string(c)));

    private static readonly Gen<MetadataEntry[]> Entries =
        (from key in Texts from fields in Texts.Array[0, 6] select new MetadataEntry(key, fields)).Array[0, 12];

    [Fact]
    public void The_seal_is_the_hmac_of_the_whole_canonical_text_whatever_the_rows_hold() =>
        Gen.Select(Entries, Gen.OneOf(Gen.Const((string?)null), Texts.Select(t => (string?)t)))
            .Sample((entries, secret) => Assert.Equal(Defined(entries, secret), FormMetadata.Seal(entries, secret)), iter: 400);

    [Fact]
    public void Lone_surrogates_at_the_ends_of_fields_are_sealed_as_the_whole_text_seals_them_and_each_secret_gets_its_own_key()
    {
        var pair = "😀";
        var halves = new[] { new MetadataEntry("text", new[] { "A1", "x" + pair[0], pair[1] + "y" }) };
        var whole = new[] { new MetadataEntry("text", new[] { "A1", "x" + pair + "y" }) };
        Assert.Equal(Defined(halves, "bí mật"), FormMetadata.Seal(halves, "bí mật"));
        Assert.Equal(Defined(whole, null), FormMetadata.Seal(whole, null));
        // Two secrets in turn: the key kept for the last secret is never used for another.
        Assert.NotEqual(FormMetadata.Seal(whole, "một"), FormMetadata.Seal(whole, "hai"));
        Assert.Equal(Defined(whole, "một"), FormMetadata.Seal(whole, "một"));
    }
}
