namespace ReportKit.Cli;

/// <summary>The documented exit codes of the <c>reportkit</c> command (also listed in <c>reportkit --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Everything went through.</summary>
    public const int Ok = 0;

    /// <summary>The work was done, but some input was rejected: template errors, rejected forms.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself was wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>An output already exists and <c>--force</c> was not given; nothing was written.</summary>
    public const int OutputExists = 3;

    /// <summary>Nothing could be done: a file or folder could not be read or written (or an unexpected error).</summary>
    public const int Failure = 4;

    public const string Help =
        "Exit codes: 0 done; 1 done, but some input was rejected (template errors, rejected forms); " +
        "2 bad command line; 3 an output exists (use --force); 4 a file or folder could not be read or written, or an unexpected error.";
}
