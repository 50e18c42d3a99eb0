namespace Katas.Tool.Maintainer;

/// <summary>Collects the check's items, safely from parallel runs.</summary>
internal sealed class CheckLedger
{
    private readonly Lock _lock = new();
    private readonly List<CheckItem> _items = [];

    public IReadOnlyList<CheckItem> Items
    {
        get
        {
            lock (_lock)
            {
                return _items.ToArray();
            }
        }
    }

    public int Passed => Items.Count(i => i.Passed);

    public int Failed => Items.Count(i => !i.Passed);

    public void Pass(string section, string name) => Add(new CheckItem(section, name, true));

    public void Fail(string section, string name, string detail) => Add(new CheckItem(section, name, false, detail));

    public void Add(CheckItem item)
    {
        lock (_lock)
        {
            _items.Add(item);
        }
    }
}
