using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Katas.Specs;

/// <summary>
/// xunit's own test framework, with one change for plain <c>dotnet test</c>: the specs of a locked step
/// are not reported at all, so the command prints the current step's failures and nothing else.
/// A spec assembly names it with <c>[assembly: TestFramework(typeof(KataTestFramework))]</c>.
/// </summary>
/// <remarks>
/// Only under <c>dotnet test</c>: an IDE's test explorer and the kata tool still see a locked spec as
/// skipped with its reason (<see cref="StepGate"/>), which tells the student why it did not run.
/// </remarks>
public sealed class KataTestFramework : XunitTestFramework
{
    protected override ITestFrameworkExecutor CreateExecutor(Assembly assembly)
    {
        var executor = base.CreateExecutor(assembly);
        return LockedSpecFilter.IsDotnetTest(Environment.GetCommandLineArgs()) ? new Executor(executor) : executor;
    }

    private sealed class Executor(ITestFrameworkExecutor inner) : ITestFrameworkExecutor, IAsyncDisposable
    {
        public ValueTask RunTestCases(IReadOnlyCollection<ITestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions, CancellationToken? cancellationToken) =>
            inner.RunTestCases(testCases, new LockedSpecFilter(executionMessageSink), executionOptions, cancellationToken);

        public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : default;
    }
}
