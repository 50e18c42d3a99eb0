using Katas.Specs;

// One kata per spec assembly: its specs run one at a time, step by step, and later steps stay
// locked while an earlier one fails (see KataAttribute).
[assembly: Kata("RoundRobin")]
[assembly: TestFramework(typeof(KataTestFramework))]
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
