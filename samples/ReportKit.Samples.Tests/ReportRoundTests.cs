using ReportKit.Excel.Inspection;
using Snapshooter.Xunit;

namespace ReportKit.Samples.Tests;

/// <summary>One round, run once for all the tests of the class: it writes and reads real workbooks.</summary>
public sealed class RoundFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportkit-sample-").FullName;

    public RoundFixture() => Round = ReportRound.Run(_folder);

    public RoundResult Round { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

public sealed class ReportRoundTests : IClassFixture<RoundFixture>
{
    private readonly RoundResult _round;

    public ReportRoundTests(RoundFixture fixture) => _round = fixture.Round;

    [Fact]
    public void Summary_workbook_renders_as_its_snapshot()
    {
        Snapshot.Match(WorkbookText.Render(_round.SummaryPath));
    }

    [Fact]
    public void The_filled_forms_come_back_as_the_typed_reports_that_were_written()
    {
        Assert.Empty(_round.Imported.Problems);
        Assert.Equal(new[] { "hoi_ha_tinh", "hoi_nghe_an", "hoi_quang_binh" }, _round.Forms.Keys.Order(StringComparer.Ordinal));
        foreach (var sent in ReportRound.Returned())
        {
            var read = Assert.Single(_round.Reports, r => r.Unit == sent.Unit);
            Assert.Equal(sent.SoHuyenCoHoi, read.SoHuyenCoHoi);
            Assert.Equal(sent.SoXaCoHoi, read.SoXaCoHoi);
            Assert.Equal(sent.SoHoiHuyenThanhVienMttq, read.SoHoiHuyenThanhVienMttq);
            Assert.Equal(sent.KetQuaHoatDong, read.KetQuaHoatDong);
            Assert.Equal(sent.DeXuatKienNghi, read.DeXuatKienNghi);
            Assert.Equal(sent.SubmittedOn, read.SubmittedOn);
        }
    }

    [Fact]
    public void The_summary_adds_up_the_members_and_tells_who_is_late_and_who_sent_nothing()
    {
        var summary = _round.Summary;

        Assert.Equal(20m, summary.Value(null, CongVan63.Indicators.SoHuyenCoHoi));
        Assert.Equal(265m, summary.Value(null, CongVan63.Indicators.SoXaCoHoi));
        var states = summary.Statuses.ToDictionary(s => s.Unit.Id, s => (s.State, s.DaysLate));
        Assert.Equal(SubmissionState.OnTime, states["hoi_ha_tinh"].State);
        Assert.Equal((SubmissionState.Late, (int?)3), states["hoi_quang_binh"]);
        Assert.Equal(SubmissionState.Missing, states["hoi_nghe_an"].State);
    }

    [Fact]
    public void A_figure_above_its_bound_is_a_validation_problem_naming_the_indicator()
    {
        var report = new CongVan63.CongTacHoi2020("hoi_nghe_an") { SoHuyenCoHoi = 5, SoXaCoHoi = 40, SoHoiHuyenThanhVienMttq = 6, KetQuaHoatDong = "…" };

        var problem = Assert.Single(report.Validate(ReportRound.Units()));

        Assert.Equal(CongVan63.Indicators.SoHoiHuyenThanhVienMttq, problem.IndicatorId);
    }
}
