namespace ReportKit;

/// <summary>A unit of the reporting hierarchy (a chi bộ, a Đảng ủy xã, a Phòng Văn hóa và Thông tin).</summary>
/// <param name="Id">A stable id (used in file names and submissions).</param>
/// <param name="Name">The unit's name as printed (<c>Chi bộ Thôn 1</c>).</param>
/// <param name="ParentId">The unit it reports to, or null for a root.</param>
/// <param name="LevelId">Its level in the plan's hierarchy (<see cref="ReportKit.Templates.LevelSpec.Id"/>), if any.</param>
public sealed record Unit(string Id, string Name, string? ParentId, string? LevelId);
