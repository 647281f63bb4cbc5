namespace ReportKit.Templates.Tests;

/// <summary>The one way Vietnamese text is matched as plain words.</summary>
public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Không", "khong")]
    [InlineData("ĐẢNG ỦY", "dang uy")]
    [InlineData(" Có. ", " co. ")]
    public void Diacritics_and_case_go_and_everything_else_stays(string text, string plain) =>
        Assert.Equal(plain, VietnameseText.WithoutDiacritics(text));

    [Theory]
    [InlineData("Tổ chức thực hiện:", "to chuc thuc hien")]
    [InlineData("  V. ĐỀ XUẤT, KIẾN NGHỊ ", "v de xuat kien nghi")]
    [InlineData("Hạn chế — khó khăn (nếu có)", "han che kho khan neu co")]
    [InlineData("", "")]
    public void Words_are_ascii_one_space_apart(string text, string words) =>
        Assert.Equal(words, VietnameseText.Words(text));
}
