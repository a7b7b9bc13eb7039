import Data.Functor.Classes
import qualified Data.Map as M
import qualified Data.Set as S
import qualified Data.IntMap as IM
import qualified Data.Sequence as Seq

main :: IO ()
main = do
  let m1 = M.fromList [(1 :: Int, "a"), (2, "bb")]
      m2 = M.fromList [(1 :: Int, "a"), (2, "bc")]
  print (eq1 m1 m1, eq1 m1 m2, compare1 m1 m2, liftEq (\a b -> length a == length b) m1 m2)
  print (liftCompare (\a b -> compare (length a) (length b)) m1 m2, eq2 m1 m2, compare2 m1 m2)
  putStrLn (showsPrec1 11 m1 "")
  putStrLn (showsPrec2 0 m1 "")
  print (eq1 (S.fromList "abc") (S.fromList "cba"), compare1 (S.fromList [1, 2 :: Int]) (S.fromList [1, 3]))
  putStrLn (showsPrec1 11 (S.fromList "hello") "")
  print (eq1 (IM.fromList [(1, 'a')]) (IM.fromList [(1, 'a')]), compare1 (IM.fromList [(1, 'a')]) (IM.fromList [(2, 'a')]))
  putStrLn (showsPrec1 0 (IM.fromList [(-1, True), (3, False)]) "")
  print (eq1 (Seq.fromList [1, 2 :: Int]) (Seq.fromList [1, 2]), compare1 (Seq.fromList "ab") (Seq.fromList "b"))
  putStrLn (showsPrec1 11 (Seq.fromList [Just 'x']) "")
