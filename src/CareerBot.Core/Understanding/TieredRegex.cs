using System.Text.RegularExpressions;

namespace CareerBot.Core.Understanding;

/// <summary>A regex that answers at once with .NET's regex interpreter and moves to compiled code once
/// <see cref="Compile"/> has built and run it, off the request path. A compiled regex of a few hundred phrases is
/// JIT-compiled on its first match, 50–300 ms each (measured here): two dozen of them would hold up the first answer
/// after a start by over a second. Once compiled, a match runs about twice as fast as interpreted.</summary>
internal sealed class TieredRegex
{
    private readonly string pattern;
    private readonly RegexOptions options;
    private Regex current;

    /// <summary>Parses <paramref name="pattern"/> for the interpreter (milliseconds); compiles nothing yet.</summary>
    public TieredRegex(string pattern, RegexOptions options)
    {
        this.pattern = pattern;
        this.options = options & ~RegexOptions.Compiled;
        current = new Regex(pattern, this.options);
    }

    /// <summary>Whether matches run compiled code.</summary>
    public bool IsCompiled => Volatile.Read(ref current).Options.HasFlag(RegexOptions.Compiled);

    /// <summary>Compiles the regex and matches <paramref name="sample"/> with it, so that its code is JIT-compiled
    /// here, then has every later match use it. Thread-safe; matching goes on meanwhile.</summary>
    public void Compile(string sample)
    {
        if (IsCompiled)
        {
            return;
        }

        var compiled = new Regex(pattern, options | RegexOptions.Compiled);
        _ = compiled.Count(sample);
        Volatile.Write(ref current, compiled);
    }

    /// <inheritdoc cref="Regex.IsMatch(string)"/>
    public bool IsMatch(string input) => Volatile.Read(ref current).IsMatch(input);

    /// <inheritdoc cref="Regex.IsMatch(string, int)"/>
    public bool IsMatch(string input, int startat) => Volatile.Read(ref current).IsMatch(input, startat);

    /// <inheritdoc cref="Regex.Match(string)"/>
    public Match Match(string input) => Volatile.Read(ref current).Match(input);

    /// <inheritdoc cref="Regex.Match(string, int)"/>
    public Match Match(string input, int startat) => Volatile.Read(ref current).Match(input, startat);

    /// <inheritdoc cref="Regex.Matches(string)"/>
    public MatchCollection Matches(string input) => Volatile.Read(ref current).Matches(input);

    /// <inheritdoc />
    public override string ToString() => pattern;
}
