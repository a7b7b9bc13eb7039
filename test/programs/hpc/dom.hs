-- hpc's createMixEntryDom: boxes nested by the containment of their
-- spans, equal spans joined, in the order the entries come.
import Trace.Hpc.Mix
import Trace.Hpc.Util
import Data.Tree

p :: Int -> Int -> Int -> Int -> HpcPos
p a b c d = toHpcPos (a, b, c, d)

main :: IO ()
main = do
  let es = [(p 1 1 10 1, "a"), (p 2 1 3 5, "b"), (p 2 1 3 5, "c"), (p 4 1 5 1, "d"), (p 2 2 2 4, "e"), (p 11 1 12 1, "f"), (p 1 1 10 1, "g")]
  print (createMixEntryDom es)
  print (createMixEntryDom (reverse es))
  print (createMixEntryDom ([] :: [(HpcPos, Int)]))
  print (createMixEntryDom [(p 5 1 6 1, 1), (p 1 1 2 1, 2), (p 3 1 4 1, 3 :: Int)])
  print (createMixEntryDom [(p 1 1 5 1, 'x'), (p 3 1 8 1, 'y'), (p 1 1 20 1, 'z'), (p 4 1 4 2, 'w')])
  putStr (drawForest (map (fmap show) (createMixEntryDom [(p 3 1 3 9, ExpBox True), (p 1 1 9 9, TopLevelBox ["f"]), (p 3 2 3 4, BinBox CondBinBox False), (p 2 1 8 1, LocalBox ["f", "g"])])))
