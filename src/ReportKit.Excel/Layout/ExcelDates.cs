using System;

namespace ReportKit.Excel.Layout;

/// <summary>Excel's 1900 date system, in one place (serial numbers count days from 30 December 1899).</summary>
internal static class ExcelDates
{
    /// <summary>Day zero of the 1900 system as Excel counts from 1 March 1900 on.</summary>
    public static readonly DateOnly Epoch = new(1899, 12, 30);

    /// <summary>Day zero of the 1904 system (old Mac workbooks).</summary>
    public static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    /// <summary>The serial number of a date in the 1900 system.</summary>
    public static int Serial(DateOnly date) => date.DayNumber - Epoch.DayNumber;
}
