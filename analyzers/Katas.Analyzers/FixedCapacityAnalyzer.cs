using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// SPOF007: a capacity fixed in code: a scaler or replica set whose minimum equals its maximum
/// (<c>new Autoscaler(minReplicas: 3, maxReplicas: 3)</c>), or a literal single replica
/// (<c>replicas: 1</c>, <c>DesiredCount = 1</c>). The fleet can no longer follow the load, and one
/// replica is a single point of failure.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FixedCapacityAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor =
        Rule.Create(RuleIdentifiers.FixedCapacity, RuleCategories.Scalability, DiagnosticSeverity.Warning);

    private static readonly NameSet s_minimum = new("min", "minimum", "minReplicas", "minimumReplicas", "minCount", "minInstances", "minSize", "minCapacity");
    private static readonly NameSet s_maximum = new("max", "maximum", "maxReplicas", "maximumReplicas", "maxCount", "maxInstances", "maxSize", "maxCapacity");
    private static readonly NameSet s_replicaCount = new("replicas", "replicaCount", "desiredReplicas", "instances", "instanceCount", "desiredCount", "desiredCapacity");

    // Where a bare "min"/"max" pair is about capacity: scalers, replica sets, autoscaling policies.
    private static readonly string[] s_capacityOwnerWord = ["scal", "replica", "capacity", "instance"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SpofOptions.SkipsProject(start.Compilation, start.Options, Descriptor.Id)
                || SpofOptions.SkipsDesktopApplication(start.Compilation, start.Options, Descriptor.Id, reportsByDefault: true))
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeArguments(c, ((IObjectCreationOperation)c.Operation).Type, ((IObjectCreationOperation)c.Operation).Arguments), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeArguments(c, ((IInvocationOperation)c.Operation).TargetMethod, ((IInvocationOperation)c.Operation).Arguments), OperationKind.Invocation);
            start.RegisterOperationAction(AnalyzeInitializer, OperationKind.ObjectOrCollectionInitializer);
        });
    }

    private static void AnalyzeArguments(OperationAnalysisContext context, ISymbol? owner, ImmutableArray<IArgumentOperation> arguments)
    {
        var capacity = new CapacityValues();
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                capacity.Add(context, parameter.Name, argument.Value);
            }
        }

        capacity.ReportFixedRange(context, owner);
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context)
    {
        var initializer = (IObjectOrCollectionInitializerOperation)context.Operation;
        var capacity = new CapacityValues();
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member: var target } } assignment)
            {
                capacity.Add(context, target.Name, assignment.Value);
            }
        }

        capacity.ReportFixedRange(context, initializer.Type);
    }

    private static long? IntegerOf(IOperation value)
    {
        // Replicas = 1 on an int? property is a conversion of the constant 1.
        return Constant(ImplicitConversions.Unwrap(value));
    }

    private static long? Constant(IOperation value) => value.ConstantValue switch
    {
        { HasValue: true, Value: int i } => i,
        { HasValue: true, Value: long l } => l,
        { HasValue: true, Value: short s } => s,
        { HasValue: true, Value: byte b } => b,
        { HasValue: true, Value: uint u } => u,
        _ => null,
    };

    /// <summary>The constant capacity values of one call or initializer.</summary>
    private struct CapacityValues
    {
        private string? _minimumName;
        private long _minimum;
        private string? _maximumName;
        private long _maximum;
        private IOperation? _maximumValue;

        /// <summary>Reports a single replica at once; keeps a minimum and a maximum for <see cref="ReportFixedRange"/>.</summary>
        public void Add(OperationAnalysisContext context, string name, IOperation value)
        {
            if (IntegerOf(value) is not long number)
            {
                return;
            }

            if (number == 1 && s_replicaCount.Contains(name))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptor, value.Syntax.GetLocation(), name + " = 1", 1));
            }
            else if (s_minimum.Contains(name))
            {
                (_minimumName, _minimum) = (name, number);
            }
            else if (s_maximum.Contains(name))
            {
                (_maximumName, _maximum, _maximumValue) = (name, number, value);
            }
        }

        public readonly void ReportFixedRange(OperationAnalysisContext context, ISymbol? owner)
        {
            if (_minimumName is null || _maximumName is null || _maximumValue is null || _minimum != _maximum)
            {
                return;
            }

            // "min"/"max" alone are everywhere (Math.Clamp, Random.Next): only a capacity owner counts.
            var aboutCapacity = IsCapacityOwner(_minimumName)
                || owner is not null && (IsCapacityOwner(owner.Name) || owner.ContainingType is { } type && IsCapacityOwner(type.Name));
            if (aboutCapacity)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptor, _maximumValue.Syntax.GetLocation(), $"{_minimumName} = {_maximumName} = {_minimum}", _minimum));
            }
        }
    }

    private static bool IsCapacityOwner(string name)
    {
        foreach (var word in s_capacityOwnerWord)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
