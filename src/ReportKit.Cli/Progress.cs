using System;
using System.Collections.Generic;
using Spectre.Console;

namespace ReportKit.Cli;

/// <summary>Runs work item by item, with a progress bar on an interactive console and silently otherwise.</summary>
internal static class Progress
{
    public static void Run<T>(Output output, string description, IReadOnlyList<T> items, Action<T> work)
    {
        if (!output.ShowProgress || items.Count < 2)
        {
            foreach (var item in items)
                work(item);
            return;
        }

        output.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: items.Count);
                foreach (var item in items)
                {
                    work(item);
                    task.Increment(1);
                }
            });
    }
}
