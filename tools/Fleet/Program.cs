using System.Globalization;
using Katas.Fleet;
using Katas.Fleet.Command;

// fleet [count=3] [--latency ms] [--capacity n] [--duration seconds]
var count = 3;
var latency = TimeSpan.FromMilliseconds(20);
int? capacity = 100;
var duration = TimeSpan.FromMinutes(30);
try
{
    for (var i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--latency": latency = TimeSpan.FromMilliseconds(Number(args, ++i, "--latency")); break;
            case "--capacity": capacity = Number(args, ++i, "--capacity"); break;
            case "--duration": duration = TimeSpan.FromSeconds(Number(args, ++i, "--duration")); break;
            case "-h" or "--help":
                Console.WriteLine("fleet [count=3] [--latency ms=20] [--capacity n=100] [--duration seconds=1800]\n\n" + FleetCommand.Help);
                return 0;
            default: count = Number(args, i, "count"); break;
        }
    }
}
catch (FormatException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

Fleet started;
try
{
    started = await Fleet.StartAsync(count, i => new BackendOptions
    {
        Name = $"web-{i + 1}",
        Latency = latency,
        Capacity = capacity,
        Config = "app.name = shop\nversion = 1.2\nfeature.sale = on\n",
    }, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    // Ctrl+C while the backends were starting: the ones that had started are stopped already.
    Console.WriteLine("Stopped before the fleet was up.");
    return 0;
}

await using var fleet = started;

// Every run stops by itself: a forgotten fleet does not hold ports for ever. The time counts from the
// moment the fleet serves, so a slow start on a busy machine does not eat it.
stop.CancelAfter(duration);

Console.WriteLine($"A fleet of {count} on 127.0.0.1; it stops by itself after {duration.TotalSeconds:0}s (Ctrl+C or 'quit' stops it now).");
Console.WriteLine("Each backend answers GET /health, GET /config and GET /work. Type 'help' for the faults you can inject.");
Console.WriteLine(await FleetCommand.RunAsync(fleet, "status"));

// Console.In reads synchronously, whatever token it is given: a read waiting for a line that nobody
// types would hold the loop past the time limit and past Ctrl+C. So the line is read on a thread of its
// own, and the loop waits for whichever comes first, the line or the stop.
var stopped = Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
while (!stop.IsCancellationRequested)
{
    Console.Write("> ");
    var reading = Task.Run(Console.In.ReadLine);
    if (await Task.WhenAny(reading, stopped) != reading)
    {
        break;
    }

    // Without a console (input at its end) the fleet just serves until the time is up.
    if (await reading is not { } line)
    {
        await stopped;
        break;
    }

    if (line.Trim() is "quit" or "exit")
    {
        break;
    }

    var output = await FleetCommand.RunAsync(fleet, line, stop.Token);
    if (output.Length > 0)
    {
        Console.WriteLine(output);
    }
}

Console.WriteLine();
Console.WriteLine("Stopping the fleet.");
return 0;

static int Number(string[] args, int index, string name) =>
    index < args.Length && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0
        ? value
        : throw new FormatException($"{name} takes a whole number, not '{(index < args.Length ? args[index] : "nothing")}'.");
