namespace ReportKit.Templates.Tests;

public class IdentifiersTests
{
    [Theory]
    [InlineData("so_buoi", "SoBuoi")]
    [InlineData("dang_vien_du", "DangVienDu")]
    [InlineData("phan_1", "Phan1")]
    [InlineData("KeHoach76", "KeHoach76")]
    [InlineData("a__b_", "AB")]
    [InlineData("x", "X")]
    public void Makes_pascal_case_names(string id, string name) => Assert.Equal(name, Identifiers.ToPascalCase(id));

    [Theory]
    [InlineData("so_buoi", true)]
    [InlineData("A1", true)]
    [InlineData("số_buổi", false)]
    [InlineData("1a", false)]
    [InlineData("_a", false)]
    [InlineData("a-b", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void Accepts_only_ascii_identifiers(string id, bool valid) => Assert.Equal(valid, Identifiers.IsValidId(id));
}
