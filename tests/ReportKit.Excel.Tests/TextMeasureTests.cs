using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;

namespace ReportKit.Excel.Tests;

public sealed class TextMeasureTests
{
    private static readonly CellFont Regular = CellFont.Times(12);

    [Fact]
    public void Longer_Vietnamese_text_is_wider()
    {
        var shortText = TextMeasure.TextWidth("Chi bộ", Regular);
        var longText = TextMeasure.TextWidth("Chi bộ Trường Tiểu học số 1", Regular);
        Assert.True(longText > 2 * shortText, $"{longText} vs {shortText}");
    }

    [Fact]
    public void Letters_with_diacritics_measure_as_their_base_letter()
    {
        Assert.Equal(TextMeasure.TextWidth("Dang uy", Regular), TextMeasure.TextWidth("Đảng ủy", Regular), 3);
        Assert.Equal(TextMeasure.TextWidth("TUYEN GIAO", Regular), TextMeasure.TextWidth("TUYÊN GIÁO", Regular), 3);
    }

    [Fact]
    public void Uppercase_bold_and_larger_text_is_wider()
    {
        var lower = TextMeasure.TextWidth("đảng cộng sản việt nam", Regular);
        var upper = TextMeasure.TextWidth("ĐẢNG CỘNG SẢN VIỆT NAM", Regular);
        var bold = TextMeasure.TextWidth("ĐẢNG CỘNG SẢN VIỆT NAM", CellFont.Times(12, bold: true));
        var large = TextMeasure.TextWidth("ĐẢNG CỘNG SẢN VIỆT NAM", CellFont.Times(15, bold: true));
        Assert.True(lower < upper && upper < bold && bold < large, $"{lower} {upper} {bold} {large}");
    }

    [Fact]
    public void Ten_digits_in_the_default_font_are_ten_column_units()
    {
        Assert.Equal(10, TextMeasure.TextWidth("0123456789", CellFont.Default), 6);
        Assert.True(TextMeasure.ColumnWidthFor("0123456789", CellFont.Default) > 10);
    }

    [Fact]
    public void Wrapping_in_a_narrower_column_takes_more_lines_and_a_taller_row()
    {
        const string text = "Tăng cường tuyên truyền, đăng tải các nội dung của Tác phẩm trên các ứng dụng nền tảng mạng xã hội";
        var wide = TextMeasure.LineCount(text, Regular, 120);
        var medium = TextMeasure.LineCount(text, Regular, 40);
        var narrow = TextMeasure.LineCount(text, Regular, 15);
        Assert.Equal(1, wide);
        Assert.True(1 < medium && medium < narrow, $"{medium} {narrow}");
        Assert.True(TextMeasure.WrappedRowHeight(text, Regular, 15) > TextMeasure.WrappedRowHeight(text, Regular, 40));
    }

    [Fact]
    public void Line_breaks_count_as_lines_and_heights_follow_the_font_size()
    {
        Assert.Equal(3, TextMeasure.LineCount("Kết quả\nHạn chế\nKiến nghị", Regular, 50));
        Assert.Equal(15.75, TextMeasure.RowHeight(1, 12));
        Assert.True(TextMeasure.RowHeight(1, 14) > TextMeasure.RowHeight(1, 12));
        Assert.True(TextMeasure.RowHeight(3, 12) >= 3 * 15.75);
    }

    [Fact]
    public void Fitting_a_column_takes_the_widest_text_within_bounds()
    {
        var fitted = TextMeasure.FitColumnWidth(new[] { "Chi bộ", "Chi bộ Trường Tiểu học số 1" }, Regular);
        Assert.Equal(TextMeasure.ColumnWidthFor("Chi bộ Trường Tiểu học số 1", Regular), fitted);
        Assert.Equal(12, TextMeasure.FitColumnWidth(new[] { new string('x', 200) }, Regular, maximum: 12));
        Assert.Equal(4, TextMeasure.FitColumnWidth(new[] { "1" }, Regular));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_measured_as_one_wide_character()
    {
        // A unit name typed with an emoji used to crash the form writer while it measured row heights.
        var withEmoji = TextMeasure.TextWidth("Chi bộ Thôn 13 🌾", Regular);
        var plain = TextMeasure.TextWidth("Chi bộ Thôn 13 ", Regular);
        Assert.InRange(withEmoji - plain, TextMeasure.TextWidth("M", Regular) * 0.9, TextMeasure.TextWidth("MM", Regular));
        Assert.Equal(1, TextMeasure.LineCount("🌾🌾", Regular, 20));
    }
}
