using System;

namespace ReportKit;

/// <summary>A peak date of a plan in one year (Ngày Thành lập Đảng 03/02/2024).</summary>
/// <param name="Date">The day.</param>
/// <param name="Label">What it commemorates, as the plan writes it.</param>
public sealed record PeakDate(DateOnly Date, string Label);

/// <summary>The deadline of a report for one level of the hierarchy.</summary>
/// <param name="LevelId">The level id, or null for the report's general deadline.</param>
/// <param name="Due">The last day a submission counts as on time.</param>
public sealed record LevelDeadline(string? LevelId, DateOnly Due);
