namespace ReportKit.Tests;

/// <summary>Small unit trees for the seed plans.</summary>
internal static class Units
{
    /// <summary>Đảng ủy xã Tân Lập with four chi bộ.</summary>
    public static UnitTree Xa() => UnitTree.Create(new[]
    {
        new Unit("du", "Đảng ủy xã Tân Lập", null, "dang_uy"),
        new Unit("cb1", "Chi bộ Thôn 1", "du", "chi_bo"),
        new Unit("cb2", "Chi bộ Thôn 2", "du", "chi_bo"),
        new Unit("thcs", "Chi bộ Trường THCS Tân Lập", "du", "chi_bo"),
        new Unit("yte", "Chi bộ Trạm Y tế xã", "du", "chi_bo"),
    });

    public static Submission HangNam(string unit, int year, int? month = null, int? day = null) =>
        new Submission("KeHoach76", "hang_nam", unit, year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            SubmittedOn = month is null ? null : new System.DateOnly(year, month.Value, day ?? 1),
            Source = unit + ".xlsx",
        };
}
