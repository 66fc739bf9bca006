using System.Globalization;

namespace OutlookValueCheck.Cli.Output;

/// <summary>
/// Progress of a long audit on standard error: a line rewritten in place on a terminal, and a line every 10% when
/// standard error goes to a file or a CI log. Short runs (under <see cref="MinimumItems"/>) stay quiet.
/// </summary>
internal sealed class Progress(TextWriter output, bool interactive)
{
    public const int MinimumItems = 200;
    private int _lastDecile = -1;
    private DateTime _lastDraw = DateTime.MinValue;

    public void Report(string phase, int done, int total)
    {
        if (total < MinimumItems)
            return;
        var percent = (int)(done * 100L / Math.Max(1, total));
        if (interactive)
        {
            var now = DateTime.UtcNow;
            if (done != total && now - _lastDraw < TimeSpan.FromMilliseconds(100))
                return;
            _lastDraw = now;
            output.Write(string.Create(CultureInfo.InvariantCulture, $"\r{phase} {done:N0}/{total:N0} ({percent}%)   "));
            if (done == total)
                output.WriteLine();
            return;
        }
        var decile = percent / 10;
        if (decile == _lastDecile)
            return;
        _lastDecile = decile;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase} {done:N0}/{total:N0} ({percent}%)"));
    }

    public void Counting(string phase, int done)
    {
        if (!interactive || done % 500 != 0)
            return;
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\r{phase} {done:N0}   "));
    }
}
