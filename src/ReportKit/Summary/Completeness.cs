using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// The one home of the completeness count (DHIS2 reporting rates). A unit's own status counts one report; a relayed
/// unit's status counts what its level counted below it (<see cref="UnitStatus.Relay"/>), so completeness at the top
/// is the completeness of the reports at the bottom however many levels they passed through.
/// </summary>
internal static class Completeness
{
    public static ReportingRate Rate(string scopeId, string scopeName, IEnumerable<UnitStatus> scope)
    {
        int expected = 0, actual = 0, onTime = 0, missing = 0, notYetDue = 0;
        var anyDeadline = false;
        foreach (var status in scope)
        {
            if (status.Relay is { } relay)
            {
                Add(relay.Overall);
                continue;
            }

            expected++;
            actual += status.IsReceived ? 1 : 0;
            onTime += status.IsOnTime ? 1 : 0;
            missing += status.State == SubmissionState.Missing ? 1 : 0;
            notYetDue += status.State == SubmissionState.NotYetDue ? 1 : 0;
            anyDeadline |= status.Due is not null;
        }

        return new ReportingRate(scopeId, scopeName, expected, actual, anyDeadline ? onTime : null, missing, notYetDue);

        void Add(ReportingRate carried)
        {
            expected += carried.Expected;
            actual += carried.Actual;
            onTime += carried.ActualOnTime ?? 0;
            anyDeadline |= carried.ActualOnTime is not null;
            missing += carried.Missing;
            notYetDue += carried.NotYetDue;
        }
    }

    /// <summary>Per level of the reports counted (relayed levels included), in the plan's level order, then by id.</summary>
    public static IReadOnlyList<ReportingRate> ByLevel(PlanSpec plan, IReadOnlyCollection<UnitStatus> scope)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = new Dictionary<string, List<UnitStatus>>(StringComparer.Ordinal);
        void Part(string levelId, string name, UnitStatus status)
        {
            if (!parts.TryGetValue(levelId, out var list))
                parts[levelId] = list = new List<UnitStatus>();
            names.TryAdd(levelId, name);
            list.Add(status);
        }

        foreach (var status in scope)
        {
            if (status.Relay is { } relay)
            {
                // A carried level count becomes a pseudo-status holding it, so Rate adds it like any other.
                foreach (var level in relay.ByLevel)
                    Part(level.ScopeId, level.ScopeName, status with { Relay = relay with { Overall = level } });
            }
            else if (status.Unit.LevelId is { } levelId)
            {
                Part(levelId, status.LevelName ?? levelId, status);
            }
        }

        var order = plan.Levels.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return parts.Keys
            .OrderBy(id => order.TryGetValue(id, out var i) ? i : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => Rate(id, names[id], parts[id]))
            .ToArray();
    }
}
