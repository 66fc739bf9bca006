namespace OutlookValueCheck.Core.Crm;

/// <summary>
/// The problems an import found: every one counted, with the lines they are on, and only the first few kept. A file
/// of nothing but bad rows once made an answer of hundreds of megabytes; the manager needs the first problems to fix
/// the export, and the totals to know how far off it is.
/// </summary>
internal sealed class CrmImportProblems(int listed)
{
    private readonly List<CrmImportError> _listed = [];
    private readonly HashSet<string> _refusedHeaders = new(StringComparer.Ordinal);
    private (string File, int Line)? _lastLine;

    /// <summary>The first problems found, in the order found.</summary>
    public IReadOnlyList<CrmImportError> Listed => _listed;

    /// <summary>Every problem found.</summary>
    public int Count { get; private set; }

    /// <summary>The lines (a header or a row) with at least one problem.</summary>
    public int Rows { get; private set; }

    public void Add(CrmImportError error)
    {
        Count++;
        // A file's problems are found line by line, so a line's problems arrive together.
        if (_lastLine != (error.File, error.Line))
        {
            Rows++;
            _lastLine = (error.File, error.Line);
        }
        if (error.Line == 1)
            _refusedHeaders.Add(error.File);
        if (_listed.Count < listed)
            _listed.Add(error);
    }

    public void AddRange(string file, int line, IEnumerable<string> reasons)
    {
        foreach (var reason in reasons)
            Add(new CrmImportError(file, line, reason));
    }

    /// <summary>Whether the file's first line (its header, or the lack of one) was refused, so none of its rows were read.</summary>
    public bool HeaderRefused(string file) => _refusedHeaders.Contains(file);
}
