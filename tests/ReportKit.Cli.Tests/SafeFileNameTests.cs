using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Testing;
using ReportKit.Excel;

namespace ReportKit.Cli.Tests;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\Windows\\win.ini")]
    [InlineData("..")]
    [InlineData("/")]
    [InlineData("C:\\x")]
    public void A_name_never_leaves_the_folder(string unitName)
    {
        var folder = RepoPaths.NewTempFolder("safe-name");
        var name = SafeFileName.From(unitName);
        Assert.Equal(folder, Path.GetDirectoryName(Path.GetFullPath(Path.Combine(folder, name))));
        Assert.NotEqual("..", name);
        Assert.DoesNotContain('/', name);
        Assert.DoesNotContain('\\', name);
    }

    [Theory]
    [InlineData("CON", "_CON")]
    [InlineData("con.xlsx", "_con.xlsx")]
    [InlineData("LPT1", "_LPT1")]
    [InlineData("Chi bộ CON", "Chi bộ CON")]
    public void Reserved_device_names_are_prefixed(string text, string expected) => Assert.Equal(expected, SafeFileName.From(text));

    [Fact]
    public void Diacritics_are_kept_and_composed()
    {
        var decomposed = "Chi bộ Thôn Nà Pài, xã Hồng Phong".Normalize(NormalizationForm.FormD);
        var name = SafeFileName.From(decomposed);
        Assert.Equal("Chi bộ Thôn Nà Pài, xã Hồng Phong", name);
        Assert.True(name.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Characters_windows_refuses_and_control_characters_become_underscores()
    {
        Assert.Equal("Chi bộ Thôn 1_2_ _a_b_ c_d_e_f_g", SafeFileName.From("Chi bộ Thôn 1/2: *a?b\" c<d>e|f\tg"));
    }

    [Fact]
    public void A_long_name_is_cut_to_150_bytes_without_splitting_a_surrogate_pair()
    {
        // "𝐀" (U+1D400) is a surrogate pair of 4 UTF-8 bytes: 37 of them after "ab" end at byte 150, the 38th would pass it.
        var name = SafeFileName.From("ab" + string.Concat(Enumerable.Repeat("𝐀", 60)));
        Assert.Equal(150, Encoding.UTF8.GetByteCount(name));
        Assert.False(char.IsHighSurrogate(name[^1]));
        Assert.Equal("ab" + string.Concat(Enumerable.Repeat("𝐀", 37)), name);

        var odd = SafeFileName.From("a" + string.Concat(Enumerable.Repeat("𝐀", 60)));
        Assert.Equal("a" + string.Concat(Enumerable.Repeat("𝐀", 37)), odd);
        Assert.Equal(149, Encoding.UTF8.GetByteCount(odd));
    }

    [Fact]
    public void A_long_vietnamese_name_stays_within_the_limit_and_keeps_whole_letters()
    {
        var name = SafeFileName.From(string.Concat(Enumerable.Repeat("Chi bộ Trường Trung học phổ thông ", 10)));
        Assert.InRange(Encoding.UTF8.GetByteCount(name), 140, 150);
        Assert.True(name.IsNormalized(NormalizationForm.FormC));
        Assert.StartsWith("Chi bộ Trường", name);
    }
}
