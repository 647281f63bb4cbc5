using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>
/// The content tree of a plan walked once, in document order (each item before its children): the one walk every
/// layer uses (the generator's id constants, the validator, the summary's headers and plan sheet, the input form), so
/// they all list, nest and label the items alike. The walk is iterative: no recursion on template data.
/// </summary>
public sealed class ContentOutline
{
    private readonly Dictionary<string, ContentNode> _byId = new(StringComparer.Ordinal);

    /// <summary>Walks <paramref name="roots"/> (a plan's <see cref="PlanSpec.Contents"/>, or the items a reader has read so far).</summary>
    /// <param name="roots">The top-level content items.</param>
    public ContentOutline(IEnumerable<ContentItemSpec> roots)
    {
        if (roots is null)
            throw new ArgumentNullException(nameof(roots));
        var nodes = new List<ContentNode>();
        var stack = new Stack<ContentNode>();
        foreach (var root in roots.Reverse())
            stack.Push(new ContentNode(root, Array.Empty<ContentItemSpec>()));
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            nodes.Add(node);
            if (node.Item.Id is { } id && !_byId.ContainsKey(id))
                _byId.Add(id, node);
            if (node.IsLeaf)
                continue;
            var groups = node.Groups.Concat(new[] { node.Item }).ToArray();
            for (var i = node.Item.Items.Count - 1; i >= 0; i--)
                stack.Push(new ContentNode(node.Item.Items[i], groups));
        }

        Nodes = nodes;
        Leaves = nodes.Where(n => n.IsReportable).ToArray();
    }

    /// <summary>Every item, groups and leaves, in document order.</summary>
    public IReadOnlyList<ContentNode> Nodes { get; }

    /// <summary>The items values are entered against (leaves with an id), in document order.</summary>
    public IReadOnlyList<ContentNode> Leaves { get; }

    /// <summary>The item with this id, group or leaf (the first in document order); null when there is none.</summary>
    /// <param name="id">An item id.</param>
    public ContentNode? Find(string id) => _byId.TryGetValue(id, out var node) ? node : null;

    /// <summary>The ids of the leaves under a group (the item itself when it is a leaf; every leaf for null), in order.</summary>
    /// <param name="groupId">A content group's id, or null for the whole tree.</param>
    public IReadOnlyList<string> LeafIdsUnder(string? groupId)
    {
        if (groupId is null)
            return Leaves.Select(l => l.Item.Id!).ToArray();
        if (Find(groupId) is not { } group)
            return Array.Empty<string>();
        return Leaves.Where(l => ReferenceEquals(l.Item, group.Item) || l.Groups.Any(g => ReferenceEquals(g, group.Item)))
            .Select(l => l.Item.Id!).ToArray();
    }

    /// <summary>The groups above a leaf, outermost first; empty for a top-level leaf or an id that names no leaf.</summary>
    /// <param name="leafId">A leaf's id.</param>
    public IReadOnlyList<ContentItemSpec> GroupsAbove(string leafId) =>
        Find(leafId) is { IsLeaf: true } leaf ? leaf.Groups : Array.Empty<ContentItemSpec>();
}

/// <summary>One content item where the outline places it.</summary>
public sealed class ContentNode
{
    internal ContentNode(ContentItemSpec item, IReadOnlyList<ContentItemSpec> groups)
    {
        Item = item;
        Groups = groups;
    }

    /// <summary>The item as the template states it.</summary>
    public ContentItemSpec Item { get; }

    /// <summary>The groups it sits in, outermost first (empty at the top).</summary>
    public IReadOnlyList<ContentItemSpec> Groups { get; }

    /// <summary>How deep it sits: 0 at the top.</summary>
    public int Depth => Groups.Count;

    /// <summary>True for an item without children.</summary>
    public bool IsLeaf => Item.Items.IsEmpty;

    /// <summary>True for a leaf with an id: indicators by contents take one value for it.</summary>
    public bool IsReportable => IsLeaf && Item.Id is not null;

    /// <summary>The item as a clerk reads it: <c>1.1. Giới thiệu tổng quát về Tác phẩm</c> (see <see cref="ItemNumbering.Label"/>).</summary>
    public string Label => ItemNumbering.Label(Item.No, Item.Title);
}

/// <summary>
/// How a document's own numbers (<c>I</c>, <c>2</c>, <c>2.1</c>, a bullet <c>-</c>) are shown, in one place: in a
/// table's number column, before a title in an outline, and in a label that stands alone (a header, a message).
/// </summary>
public static class ItemNumbering
{
    /// <summary>The bullet a document writes for an unnumbered item.</summary>
    public const string Bullet = "-";

    /// <summary>Whether <paramref name="no"/> is a bullet (<c>-</c>, or <c>+</c> as documents mark the level below a <c>-</c>): no number of its own, may repeat.</summary>
    /// <param name="no">The document's number, if any.</param>
    public static bool IsBullet(string? no) => no?.Trim() is "-" or "+";

    /// <summary>
    /// The number alone, as a table's number column or a narrow header shows it: <c>2.1</c>, <c>I</c> (a trailing dot
    /// dropped); null for a bullet or no number.
    /// </summary>
    /// <param name="no">The document's number, if any.</param>
    public static string? Short(string? no)
    {
        var text = no?.Trim().TrimEnd('.');
        return string.IsNullOrEmpty(text) || !text!.Any(char.IsLetterOrDigit) ? null : text;
    }

    /// <summary>The number in a table's number column: <see cref="Short"/>, or the item's bullet (<c>-</c> when it has none).</summary>
    /// <param name="no">The document's number, if any.</param>
    public static string Cell(string? no) => Short(no) ?? (IsBullet(no) ? no!.Trim() : Bullet);

    /// <summary>
    /// The number as the document writes it before a title: <c>I.</c>, <c>2.1.</c>, <c>a)</c>; a bullet stays a bullet,
    /// no number gives the empty string.
    /// </summary>
    /// <param name="no">The document's number, if any.</param>
    public static string Heading(string? no)
    {
        if (Short(no) is not { } number)
            return string.IsNullOrWhiteSpace(no) ? string.Empty : no!.Trim();
        return number.EndsWith(")", StringComparison.Ordinal) ? number : number + ".";
    }

    /// <summary>A numbered title as a clerk reads it: <c>1.1. Giới thiệu tổng quát</c>; a bullet or no number gives the title alone.</summary>
    /// <param name="no">The document's number, if any.</param>
    /// <param name="title">The title.</param>
    public static string Label(string? no, string title) =>
        Short(no) is null ? title : Heading(no) + " " + title;

    /// <summary>A positive number in Roman numerals, as documents number their parts and quarters: <c>I</c>, <c>IV</c>, <c>XII</c>.</summary>
    /// <param name="number">The number, 1 or more.</param>
    public static string Roman(int number)
    {
        if (number < 1)
            throw new ArgumentOutOfRangeException(nameof(number), number, "Roman numerals start at 1");
        var text = new System.Text.StringBuilder();
        foreach (var (value, numeral) in RomanNumerals)
        {
            for (; number >= value; number -= value)
                text.Append(numeral);
        }

        return text.ToString();
    }

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    {
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    };
}
