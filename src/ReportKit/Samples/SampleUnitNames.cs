using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// Names for sample reporting units taken from the plan's own units (tổ chức thực hiện) at a level: a
/// named body stays itself, a group becomes a few members ("Các chi bộ …" → "Chi bộ Thôn 2";
/// "… các huyện, thành phố" → one per district; "… các quận - huyện" → one per district of a city; "cấp ủy cơ sở (Sở A; Sở B; …)" → "Đảng bộ Sở A" …).
/// </summary>
internal static class SampleUnitNames
{
    /// <summary>Places a chi bộ is named after (<c>{0}</c>: the commune).</summary>
    public static readonly string[] ChiBoPlaces =
    {
        "Thôn 1", "Thôn 2", "Thôn 3", "Thôn Bản Chu", "Thôn Nà Pài", "Trường THCS {0}", "Trường Tiểu học {0}",
        "Trường Mầm non {0}", "Trạm Y tế xã", "Công an xã", "Quân sự xã",
    };

    /// <summary>Districts of a city with quận and huyện (<c>các quận - huyện</c>).</summary>
    private static readonly string[] CityDistricts = { "Quận 1", "quận Gò Vấp", "quận Bình Thạnh", "huyện Củ Chi" };

    private static readonly string[] ProvincialAgencies =
    {
        "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ",
    };

    private static readonly string[] DepartmentUnits =
    {
        "Bảo tàng tỉnh", "Thư viện tỉnh", "Trung tâm Văn hóa tỉnh", "Đoàn Nghệ thuật tỉnh",
    };

    /// <summary>Names for the units at <paramref name="levelId"/> that owe a report; empty when the plan names none.</summary>
    public static IReadOnlyList<string> For(PlanSpec plan, string? levelId, string commune, Random random, IReadOnlyList<string> districts)
    {
        var groups = plan.Units.Where(u => u.Level == levelId && !u.Reports.IsEmpty).ToList();
        var names = new List<string>();
        var nextDistrict = 0;
        var agencies = new Queue<string>(ProvincialAgencies.OrderBy(_ => random.Next()));
        foreach (var group in groups)
        {
            var name = group.Name.Trim();
            if (name.StartsWith("Đối với ", StringComparison.Ordinal))
                name = Capitalize(name.Substring("Đối với ".Length));
            var listed = Parenthesized(name);
            if (name.StartsWith("Các chi bộ", StringComparison.OrdinalIgnoreCase))
            {
                names.AddRange(ChiBoPlaces.OrderBy(_ => random.Next()).Take(4 + random.Next(2))
                    .Select(place => "Chi bộ " + string.Format(CultureInfo.InvariantCulture, place, commune)));
            }
            else if (name.IndexOf(" các quận", StringComparison.Ordinal) is var urban and > 0)
            {
                // "Ủy ban nhân dân các quận - huyện" → the bodies of a city's urban and rural districts.
                names.AddRange(CityDistricts.Select(district => name.Substring(0, urban) + " " + district));
            }
            else if (name.IndexOf(" các huyện", StringComparison.Ordinal) is var at and > 0)
            {
                var prefix = name.Substring(0, at);
                for (var i = 0; i < 3 && nextDistrict < districts.Count; i++)
                    names.Add(prefix + " " + districts[nextDistrict++]);
            }
            else if (listed.Count > 0)
            {
                names.AddRange(listed.Select(agency => "Đảng bộ " + agency));
            }
            else if (name.StartsWith("Cấp ủy cơ sở", StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 0; i < 3 && agencies.Count > 0; i++)
                    names.Add("Đảng bộ " + agencies.Dequeue());
            }
            else if (name.StartsWith("Các đơn vị trực thuộc", StringComparison.OrdinalIgnoreCase))
            {
                names.AddRange(DepartmentUnits.OrderBy(_ => random.Next()).Take(2));
            }
            else if (name.StartsWith("Các ", StringComparison.Ordinal))
            {
                var member = Capitalize(name.Substring("Các ".Length));
                names.Add(member + " số 1");
                names.Add(member + " số 2");
            }
            else
            {
                names.Add(name);
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    // "cấp ủy cơ sở … (Sở A; Sở B; Báo C...v.v.)" → ["Sở A", "Sở B", "Báo C"].
    private static IReadOnlyList<string> Parenthesized(string name)
    {
        var open = name.IndexOf('(');
        var close = name.LastIndexOf(')');
        if (open < 0 || close < open)
            return Array.Empty<string>();
        return name.Substring(open + 1, close - open - 1)
            .Split(';')
            .Select(part => part.Replace("v.v.", "").Replace("...", "").Replace("…", "").Trim(' ', '.', ','))
            .Where(part => part.Length > 0)
            .ToList();
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);
}
