using System;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary><see cref="Dates.FromParts"/>: the one rule for a written day, month and year, and the readers that use it.</summary>
public class DatesTests
{
    [Theory]
    [InlineData(29, 2, 2024, true)]
    [InlineData(29, 2, 2023, false)]
    [InlineData(31, 4, 2023, false)]
    [InlineData(0, 5, 2023, false)]
    [InlineData(5, 13, 2023, false)]
    [InlineData(1, 1, 1899, false)]
    [InlineData(1, 1, 1900, true)]
    [InlineData(31, 12, 2200, true)]
    [InlineData(1, 1, 2201, false)]
    public void A_written_day_month_and_year_is_a_date_only_when_the_calendar_has_it(int day, int month, int year, bool isDate)
    {
        Assert.Equal(isDate ? new DateOnly(year, month, day) : null, Dates.FromParts(day, month, year));
    }

    [Fact]
    public void A_document_reference_and_a_date_answer_refuse_the_day_the_rule_refuses()
    {
        Assert.True(DocumentReference.TryParse("Kế hoạch số 12-KH/ĐU ngày 29/2/2024", out _));
        Assert.False(DocumentReference.TryParse("Kế hoạch số 12-KH/ĐU ngày 30/2/2024", out _));
        var field = TestPlans.Indicator("ngay", "Ngày quán triệt", type: IndicatorType.Date);
        Assert.True(FieldAnswers.TryRead(field, "29/2/2024", out var canonical, out _));
        Assert.Equal("2024-02-29", canonical);
        Assert.False(FieldAnswers.TryRead(field, "30/2/2024", out _, out _));
    }

    [Theory]
    [InlineData("05/05/0205")]
    [InlineData("0205-05-05")]
    [InlineData("05/05/2999")]
    [InlineData("2999-05-05")]
    [InlineData("31/12/1899")]
    public void A_date_answer_or_a_list_date_outside_1900_to_2200_is_refused_as_the_rule_refuses_it(string typed)
    {
        var field = TestPlans.Indicator("ngay", "Ngày quán triệt", type: IndicatorType.Date);
        Assert.False(FieldAnswers.TryRead(field, typed, out _, out _));
        Assert.False(Dates.InRange(new DateOnly(2999, 5, 5)));
        var column = new ListColumnSpec("ngay", "Ngày", ListColumnType.Date, null, SourceSpan.StartOf("test.plan.yaml"));
        Assert.Equal("không phải ngày (yyyy-MM-dd, năm 1900–2200)", ListCells.Problem(TestPlans.Plan001(), column, "2999-05-05"));
        Assert.Null(ListCells.Problem(TestPlans.Plan001(), column, "2200-12-31"));
    }
}
