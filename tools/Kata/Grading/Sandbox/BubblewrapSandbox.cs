using System.Globalization;
using Katas.Tool.Running;

namespace Katas.Tool.Grading.Sandbox;

/// <summary>
/// bubblewrap (<c>bwrap</c>, the sandbox of Flatpak): a new user, PID, network, IPC and UTS namespace, so
/// the run has only its own loopback (Kestrel on 127.0.0.1 still works), sees only the system's
/// read-only <c>/usr</c> and the folders it is given, and every process it starts dies with it. As root,
/// it runs as <c>nobody</c> so that the process limit applies; file size and processes are capped with
/// <c>prlimit</c>, the heap with .NET's own <c>DOTNET_GCHeapHardLimit</c>.
/// </summary>
internal sealed class BubblewrapSandbox(string bwrap, string? prlimit, string? setpriv) : ISandbox
{
    private const int Nobody = 65534;

    public bool Isolates => true;

    public string Description => "bubblewrap: no network (only its own loopback), own PIDs, read-only view of the specs";

    public static BubblewrapSandbox? Find()
    {
        var bwrap = OnPath("bwrap");
        return bwrap is null ? null : new BubblewrapSandbox(bwrap, OnPath("prlimit"), OnPath("setpriv"));
    }

    public ProcessSpec Wrap(ProcessSpec process, SandboxMounts mounts, SandboxLimits limits)
    {
        // prlimit -- setpriv -- bwrap ... -- dotnet ...: each step execs the next, so killing the first kills the run.
        var arguments = new List<string>();
        if (prlimit is not null)
        {
            arguments.AddRange([
                prlimit,
                $"--nproc={limits.Processes.ToString(CultureInfo.InvariantCulture)}",
                $"--fsize={limits.FileBytes.ToString(CultureInfo.InvariantCulture)}",
                "--"]);
        }

        if (setpriv is not null && Environment.IsPrivilegedProcess)
        {
            // Root is exempt from the process limit and may write anything bound writable.
            arguments.AddRange([setpriv, $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--"]);
        }

        arguments.Add(bwrap);
        arguments.AddRange(["--ro-bind", "/usr", "/usr"]);
        foreach (var link in new[] { "lib", "lib64", "bin", "sbin" })
        {
            AddSystemFolder(arguments, "/" + link);
        }

        foreach (var file in new[] { "/etc/localtime", "/etc/hosts", "/etc/nsswitch.conf", "/etc/passwd", "/etc/group" })
        {
            if (File.Exists(file))
            {
                arguments.AddRange(["--ro-bind", file, file]);
            }
        }

        var dotnetRoot = DotnetRoot();
        if (dotnetRoot is not null && !dotnetRoot.StartsWith("/usr/", StringComparison.Ordinal))
        {
            arguments.AddRange(["--ro-bind", dotnetRoot, dotnetRoot]);
        }

        arguments.AddRange(["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]);
        foreach (var folder in mounts.ReadOnly)
        {
            arguments.AddRange(["--ro-bind", folder, folder]);
        }

        foreach (var (inside, outside) in mounts.Overlays)
        {
            arguments.AddRange(["--ro-bind", outside, inside]);
        }

        foreach (var folder in mounts.Writable)
        {
            arguments.AddRange(["--bind", folder, folder]);
        }

        arguments.AddRange(["--unshare-all", "--die-with-parent", "--new-session", "--clearenv"]);
        var environment = new Dictionary<string, string?>(process.Environment)
        {
            ["PATH"] = "/usr/bin:/bin",
            ["HOME"] = mounts.Writable.FirstOrDefault() ?? "/tmp",
            ["TMPDIR"] = "/tmp",
            ["LANG"] = "C.UTF-8",
            ["DOTNET_ROOT"] = dotnetRoot,
            ["DOTNET_GCHeapHardLimit"] = "0x" + limits.HeapBytes.ToString("X", CultureInfo.InvariantCulture),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (name, value) in environment)
        {
            if (value is not null)
            {
                arguments.AddRange(["--setenv", name, value]);
            }
        }

        arguments.AddRange(["--chdir", process.WorkingDirectory, "--", DotnetHost(dotnetRoot, process.FileName)]);
        arguments.AddRange(process.Arguments);

        // The sandbox's environment is set inside (--clearenv, --setenv); outside, the chain needs none of the caller's.
        return process with { FileName = arguments[0], Arguments = arguments[1..], Environment = new Dictionary<string, string?>() };
    }

    private static void AddSystemFolder(List<string> arguments, string path)
    {
        var info = new DirectoryInfo(path);
        if (!info.Exists)
        {
            return;
        }

        if (info.LinkTarget is { } target)
        {
            arguments.AddRange(["--symlink", target, path]);
        }
        else
        {
            arguments.AddRange(["--ro-bind", path, path]);
        }
    }

    /// <summary>The folder of the dotnet host that runs this tool (DOTNET_ROOT, else the host's own folder).</summary>
    private static string? DotnetRoot()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && Directory.Exists(root))
        {
            return Path.GetFullPath(root);
        }

        var host = OnPath("dotnet");
        return host is null ? null : Path.GetDirectoryName(new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host);
    }

    private static string DotnetHost(string? dotnetRoot, string fileName) =>
        fileName == "dotnet" && dotnetRoot is not null ? Path.Combine(dotnetRoot, "dotnet") : fileName;

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
