{-# LANGUAGE RankNTypes #-}
-- The Data instances of containers: toConstr / dataTypeOf / gmapQ / gmapT
-- over Map, Set, IntMap, IntSet, Seq and Tree, and a generic traversal
-- reaching inside them.
import Data.Data
import qualified Data.Map as M
import qualified Data.Set as S
import qualified Data.IntMap as IM
import qualified Data.IntSet as IS
import qualified Data.Sequence as Seq
import Data.Tree

everywhere :: (forall a. Data a => a -> a) -> (forall a. Data a => a -> a)
everywhere f = f . gmapT (everywhere f)

mkT :: (Typeable a, Typeable b) => (b -> b) -> a -> a
mkT f = maybe id id (cast f)

gcount :: Data a => a -> Int
gcount x = 1 + sum (gmapQ gcount x)

describe :: Data a => a -> IO ()
describe x = do
  let c = toConstr x
  putStrLn (show c ++ " / " ++ show (dataTypeOf x) ++ " / " ++ show (constrFixity c))
  print (gmapQ (\d -> show (typeOf d)) x)

main :: IO ()
main = do
  let m = M.fromList [(i, show i) | i <- [3, 1, 2 :: Int]]
      s = S.fromList "mississippi"
      im = IM.fromList [(5, 'e'), (1, 'a')]
      is = IS.fromList [9, 3, 7]
      sq = Seq.fromList [10, 20, 30 :: Int]
      t = Node "root" [Node "a" [], Node "b" [Node "c" []]]
  describe m
  describe s
  describe im
  describe is
  describe sq
  describe (Seq.empty :: Seq.Seq Int)
  describe t
  print (everywhere (mkT ((* 2) :: Int -> Int)) m)
  print (everywhere (mkT ((+ 1) :: Int -> Int)) (sq, is))
  print (everywhere (mkT (map succ :: String -> String)) t)
  print (gcount m, gcount s, gcount t)
  print (gmapQ (\d -> show (toConstr d)) (M.fromList [(True, 'x')]))
  print (fromConstr (toConstr (Seq.empty :: Seq.Seq Char)) :: Seq.Seq Char)
  print (typeOf m, typeOf s, typeOf im, typeOf is, typeOf sq, typeOf t)
  print (constrFields (toConstr t), map showConstr (dataTypeConstrs (dataTypeOf sq)))
