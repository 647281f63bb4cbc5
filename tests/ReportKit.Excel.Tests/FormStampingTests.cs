using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Writing;
using ReportKit.Templates;

namespace ReportKit.Excel.Tests;

/// <summary>
/// <see cref="InputFormStamper"/> writes each unit's form with the bytes <see cref="InputForm.Save(PlanSpec, string, string, Unit, Stream, InputFormOptions?)"/>
/// writes (the ClosedXML path), for every seed report and units whose names need escaping, wrap or cannot be stamped.
/// </summary>
public sealed class FormStampingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportkit-stamp-" + Guid.NewGuid().ToString("N"));

    public FormStampingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Seeds() => new(FormsTestKit.SeedTemplates);

    /// <summary>Units a province really has, and the texts that test the stamping: escaping, wrapping, what it must leave to ClosedXML.</summary>
    private static IEnumerable<(Unit Unit, string? SendTo, bool? Stampable)> Units(PlanSpec plan)
    {
        var sample = SampleData.Create(plan, 1);
        var chiBo = plan.Levels.Count > 0 ? plan.Levels[0].Id : null;
        foreach (var unit in sample.Units.Units.Take(6))
        {
            yield return (unit, sample.Units.RecipientOf(unit.Id, plan), true);
        }

        yield return (new Unit("chi_bo_xa_xuan_1", "Chi bộ Thôn Xuân Hòa, xã Quảng Lạc", "dang_uy", chiBo), "Đảng ủy xã Quảng Lạc", true);
        yield return (new Unit("chi_bo_ky_tu", "Chi bộ \"Đoàn kết\" & <Tổ 5> 'Bắc'", "dang_uy", chiBo), "Ban Thường vụ Huyện ủy & <Văn phòng>", true);
        yield return (new Unit("chi_bo_dai", string.Join(" ", Enumerable.Repeat("Chi bộ Trường Trung học cơ sở Nguyễn Trãi", 6)), "dang_uy", chiBo),
            string.Join(" ", Enumerable.Repeat("Đảng ủy các cơ quan Đảng tỉnh", 5)), null); // stamped if its rows fit Excel (409 pt), else ClosedXML writes it
        yield return (new Unit("chi_bo_khong_gui", "Chi bộ Thôn 9", "dang_uy", chiBo), null, true);
        yield return (new Unit("chi_bo_gui_trong", "Chi bộ Thôn 10", "dang_uy", chiBo), "   ", true);
        yield return (new Unit("chi_bo_ma", "Chi bộ _x0041_ Thôn 11", "dang_uy", chiBo), "Đảng ủy xã", false);
        yield return (new Unit("chi_bo_cach", "Chi bộ  Thôn 12 ", "dang_uy", chiBo), "Đảng ủy xã", false);
        yield return (new Unit("plan", "sheet", "dang_uy", chiBo), "Đảng ủy xã", false);
        yield return (new Unit("chi_bo_emoji", "Chi bộ Thôn 13 🌾", "dang_uy", chiBo), "Đảng ủy xã", false);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_report_of_a_seed_is_stamped_with_the_bytes_ClosedXML_writes(string template)
    {
        var plan = FormsTestKit.Plan(template);
        var stamper = new InputFormStamper(plan);
        var options = new[] { InputFormOptions.Default, new InputFormOptions { Password = "bí mật", SealSecret = "khóa", IncludeRatios = false, SaveOptions = new WorkbookSaveOptions { Timestamp = new DateTime(2024, 11, 20, 0, 0, 0, DateTimeKind.Utc) } } };
        var expectedStamped = 0;
        var mayBeStamped = 0;
        foreach (var report in plan.Reports)
        {
            var period = ReportingCalendar.Periods(report, report.FromYear ?? 2024)[0].Key;
            foreach (var option in options)
            {
                foreach (var (unit, sendTo, stampable) in Units(plan))
                {
                    var unitOptions = new InputFormOptions { Password = option.Password, SealSecret = option.SealSecret, IncludeRatios = option.IncludeRatios, SaveOptions = option.SaveOptions, SendTo = sendTo };
                    using var reference = new MemoryStream();
                    InputForm.Save(plan, report.Id, period, unit, reference, unitOptions);
                    using var stamped = new MemoryStream();
                    stamper.Save(report.Id, period, unit, stamped, unitOptions);
                    Assert.True(reference.ToArray().AsSpan().SequenceEqual(stamped.ToArray()),
                        $"{template} {report.Id} {period} {unit.Id}: the stamped form differs from the one ClosedXML writes");
                    expectedStamped += stampable == true ? 1 : 0;
                    mayBeStamped += stampable == null ? 1 : 0;
                }
            }
        }

        // Every unit but those it must leave to ClosedXML was stamped, not written by ClosedXML again.
        Assert.InRange(stamper.FormsStamped, expectedStamped, expectedStamped + mayBeStamped);
    }

    [Fact]
    public void A_stamped_file_is_the_file_InputForm_saves_and_ClosedXML_lays_out_once_per_level()
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var stamper = new InputFormStamper(plan);
        var units = Enumerable.Range(1, 200).Select(i => new Unit("chi_bo_" + i, "Chi bộ Thôn " + i, "dang_uy", i % 2 == 0 ? "chi_bo" : "dang_uy")).ToArray();
        System.Threading.Tasks.Parallel.ForEach(units, unit =>
            stamper.Save("hang_nam", "2024", unit, Path.Combine(_folder, unit.Id + ".xlsx"), new InputFormOptions { SendTo = "Đảng ủy xã Hồng Phong" }));
        foreach (var unit in units.Take(10))
        {
            var reference = Path.Combine(_folder, unit.Id + ".reference");
            InputForm.Save(plan, "hang_nam", "2024", unit, reference, new InputFormOptions { SendTo = "Đảng ủy xã Hồng Phong" });
            Assert.Equal(File.ReadAllBytes(reference), File.ReadAllBytes(Path.Combine(_folder, unit.Id + ".xlsx")));
            File.Delete(reference);
        }

        Assert.Equal(units.Length, stamper.FormsStamped);
        // Two levels, one row height each: per level one template written and one form checked against ClosedXML.
        Assert.Equal(4, stamper.FormsLaidOut);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    // The heading names each unit (upper-cased, wrapped in a zone sized for its level): 240 chi bộ of one đảng ủy, names
    // from "Chi bộ số 7" to ones that wrap onto two and three lines, are all stamped, each with the bytes ClosedXML writes.
    [Theory]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", "chi_bo", "Đảng ủy xã Hòa Bình")]
    [InlineData("cong-van-svhttdl-qlvhgd.plan.yaml", "ket_qua_trien_khai", "once", "don_vi", "Sở Văn hóa, Thể thao và Du lịch")]
    public void Units_of_one_parent_with_names_of_every_length_are_all_stamped(string template, string reportId, string periodKey, string level, string parent)
    {
        var plan = FormsTestKit.Plan(template);
        var stamper = new InputFormStamper(plan);
        string[] stems = ["Chi bộ số", "Chi bộ Thôn Đồng Tiến", "Chi bộ Trường Trung học cơ sở Nguyễn Trãi, xã Hòa Bình, khối",
            "Chi bộ Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp huyện Hữu Lũng, tổ"];
        var units = Enumerable.Range(1, 240).Select(i => new Unit("u" + i, stems[i % stems.Length] + " " + i, "cap_tren", level)).ToArray();
        var options = new InputFormOptions { SendTo = parent };
        var lines = units.Select(u => ReportKit.Excel.Measuring.TextMeasure.LineCount(ReportKit.Excel.Documents.DocumentText.Upper(u.Name),
            ReportKit.Excel.Layout.CellFont.Times(14, bold: true), 40)).Distinct().Count();
        Assert.True(lines >= 3, "the names do not wrap onto different numbers of lines");
        System.Threading.Tasks.Parallel.ForEach(units, unit => stamper.Save(reportId, periodKey, unit, Path.Combine(_folder, unit.Id + ".xlsx"), options));
        Assert.Equal(units.Length, stamper.FormsStamped);
        // ClosedXML wrote a template per row-height variant (at most one per stem) and checked it once, not each unit.
        Assert.InRange(stamper.FormsLaidOut, 2, 2 * stems.Length);
        foreach (var unit in units)
        {
            using var reference = new MemoryStream();
            InputForm.Save(plan, reportId, periodKey, unit, reference, options);
            Assert.True(reference.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_folder, unit.Id + ".xlsx"))), unit.Name + ": the stamped form differs");
        }
    }

    [Fact]
    public void Stamped_forms_filled_in_are_imported_as_the_units_entered_them()
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var sample = SampleData.Create(plan, 1);
        var period = FormsTestKit.PeriodOf(sample);
        var stamper = new InputFormStamper(plan);
        var submissions = sample.Submissions.Where(s => s.ReportId == period.ReportId && s.PeriodKey == period.PeriodKey)
            .GroupBy(s => s.UnitId).Select(g => g.Last()).ToList();
        foreach (var submission in submissions)
        {
            var path = Path.Combine(_folder, submission.UnitId + ".xlsx");
            stamper.Save(period.ReportId, period.PeriodKey, sample.Units[submission.UnitId], path,
                new InputFormOptions { SendTo = sample.Units.RecipientOf(submission.UnitId, plan) });
            FormsTestKit.Fill(path, submission);
        }

        Assert.Equal(submissions.Count, stamper.FormsStamped);
        var result = FormImporter.ImportFolder(_folder, new FormImportOptions(plan) { ReportId = period.ReportId, PeriodKey = period.PeriodKey, Units = sample.Units });
        Assert.DoesNotContain(result.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal(submissions.Select(s => s.UnitId).Order(), result.Submissions.Select(s => s.UnitId).Order());
        foreach (var imported in result.Submissions)
        {
            var entered = submissions.Single(s => s.UnitId == imported.UnitId);
            Assert.Equal(entered.Values.Where(v => v.Value is not null), imported.Values.Where(v => v.Value is not null));
            Assert.Equal(entered.SubmittedOn, imported.SubmittedOn);
        }
    }

    [Fact]
    public void Every_form_option_but_the_recipient_is_part_of_the_template_key()
    {
        var options = new InputFormOptions
        {
            Password = "p", SealSecret = "s", IncludeRatios = false, SendTo = "Đảng ủy xã",
            SaveOptions = new WorkbookSaveOptions { Timestamp = new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc) },
        };
        var key = FormTemplateKey.Of("r", "p", new Unit("u", "U", null, "chi_bo"), options);
        var back = key.Options(options.SendTo);
        foreach (var property in typeof(InputFormOptions).GetProperties().Where(p => p.GetMethod!.IsStatic == false))
        {
            var (given, kept) = (property.GetValue(options), property.GetValue(back));
            if (given is WorkbookSaveOptions save)
            {
                (given, kept) = (save.Timestamp, ((WorkbookSaveOptions)kept!).Timestamp);
            }

            Assert.True(Equals(given, kept), "InputFormOptions." + property.Name + " is not carried by FormTemplateKey: forms stamped from a template would ignore it");
        }
    }
}
