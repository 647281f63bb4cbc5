using System;
using ReportKit.Excel.Writing;

namespace ReportKit.Excel.Forms;

/// <summary>
/// Everything an input form is made of except the unit's id and name and the recipient's name: the report, the period,
/// the unit's level (its deadline, and the heading and signature blocks its level gets), who signs as the name tells
/// (a chi bộ or a đảng bộ) and every option. Units with
/// the same key get the same form but for those three texts, so <see cref="InputFormStamper"/> lays the form out and
/// writes it once per key and stamps the texts into each unit's copy.
/// </summary>
/// <remarks>
/// A new input of <see cref="InputForm.Build(ReportKit.Templates.PlanSpec, string, string, Unit, InputFormOptions?)"/> (a unit property it reads, a new <see cref="InputFormOptions"/> property)
/// must be added here; the byte-equality tests over every seed report fail until it is.
/// </remarks>
/// <param name="ReportId">The report.</param>
/// <param name="PeriodKey">The period.</param>
/// <param name="LevelId">The unit's level.</param>
/// <param name="Committee">Who signs for the unit as its name tells (<see cref="Documents.DocumentBlocks.CommitteeOf"/>: a
/// chi bộ and a đảng bộ of one level sign differently), or null to sign as its level.</param>
/// <param name="NamesRecipient">Whether <see cref="InputFormOptions.SendTo"/> names the recipient (else the issuer is named).</param>
/// <param name="Password">The sheet protection password.</param>
/// <param name="SealSecret">The metadata seal's secret.</param>
/// <param name="IncludeRatios">Whether ratios are shown.</param>
/// <param name="Timestamp">The package timestamp.</param>
internal sealed record FormTemplateKey(
    string ReportId,
    string PeriodKey,
    string? LevelId,
    string? Committee,
    bool NamesRecipient,
    string? Password,
    string? SealSecret,
    bool IncludeRatios,
    DateTime Timestamp)
{
    /// <summary>The key of <paramref name="unit"/>'s form.</summary>
    public static FormTemplateKey Of(string reportId, string periodKey, Unit unit, InputFormOptions options) =>
        new(reportId, periodKey, unit.LevelId, Documents.DocumentBlocks.CommitteeOf(unit.Name), !string.IsNullOrWhiteSpace(options.SendTo), options.Password, options.SealSecret,
            options.IncludeRatios, (options.SaveOptions ?? WorkbookSaveOptions.Default).Timestamp);

    /// <summary>The options the key stands for, naming <paramref name="sendTo"/> as the recipient.</summary>
    public InputFormOptions Options(string? sendTo) => new()
    {
        Password = Password,
        SealSecret = SealSecret,
        IncludeRatios = IncludeRatios,
        SaveOptions = Timestamp == WorkbookSaveOptions.DefaultTimestamp ? null : new WorkbookSaveOptions { Timestamp = Timestamp },
        SendTo = NamesRecipient ? sendTo : null,
    };
}
