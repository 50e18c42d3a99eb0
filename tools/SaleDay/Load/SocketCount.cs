namespace Katas.SaleDay.Load;

/// <summary>The sockets this process holds open, read from /proc (Linux); null where that is not available.</summary>
internal static class SocketCount
{
    public static int? Now()
    {
        const string descriptors = "/proc/self/fd";
        if (!Directory.Exists(descriptors))
        {
            return null;
        }

        var count = 0;
        try
        {
            foreach (var descriptor in Directory.EnumerateFileSystemEntries(descriptors))
            {
                try
                {
                    if (new FileInfo(descriptor).LinkTarget is { } target && target.StartsWith("socket:", StringComparison.Ordinal))
                    {
                        count++;
                    }
                }
                catch (IOException)
                {
                    // The descriptor closed while it was being read: it is not open any more.
                }
            }
        }
        catch (IOException)
        {
            // No descriptor left to open the folder with (a load far beyond the fleet): the count is unknown,
            // and the requests that failed for the same reason tell the story.
            return null;
        }

        return count;
    }
}
