-- The Data instances of containers' and parsec's types through the generic
-- monadic and query traversals (gmapMp, gmapMo, gmapQl, gmapQr, gmapQi,
-- gmapT), which -O1 code reaches through the libraries' internal workers.
import Data.Data
import qualified Data.Map as M
import qualified Data.Set as S
import qualified Data.Sequence as Seq
import qualified Data.IntMap as IM
import Data.Tree (Tree (..))
import Text.Parsec.Pos (SourcePos, newPos, sourceLine)
import Control.Monad (mzero, mplus)

-- bumps every Int it is given, fails on anything else
bumpInt :: Data d => d -> Maybe d
bumpInt d = case cast d of
  Just n -> cast (n + 1 :: Int)
  Nothing -> Nothing

-- all the alternatives for an Int child
alts :: Data d => d -> [d]
alts d = case cast d of
  Just n -> [x | Just x <- [cast (n * 10 :: Int), cast (n :: Int)]]
  Nothing -> []

size :: Data d => d -> Int
size = succ . sum . gmapQ size

main :: IO ()
main = do
  let m = M.fromList [(i, show i) | i <- [1 .. 5 :: Int]]
      s = S.fromList "hello"
      q = Seq.fromList [3, 1, 2 :: Int]
      t = Node (1 :: Int) [Node 2 [], Node 3 [Node 4 []]]
      im = IM.fromList [(7, 'x'), (3, 'y')]
      p = newPos "file.hs" 3 9
  print (gmapMp bumpInt t)
  print (gmapMo bumpInt t)
  print (gmapMp bumpInt m, gmapMo bumpInt m)
  print (gmapMp bumpInt q, gmapMo bumpInt q)
  print (take 3 (gmapMo alts t))
  print (gmapMp alts (Seq.fromList [5 :: Int]))
  print (gmapQl (+) 0 size m, gmapQr (:) [] (const ()) s, gmapQi 0 size q)
  print (gmapQ (const ()) im, size t, size p)
  print (toConstr p, dataTypeOf p, constrFields (toConstr p))
  print (gmapQ (\d -> maybe "-" show (cast d :: Maybe Int)) p)
  print (fmap sourceLine (gmapMp bumpInt p), gmapMo bumpInt p)
  print (gmapT (\d -> maybe d id (cast =<< fmap (* (2 :: Int)) (cast d))) t)
  print (M.take 2 m, M.drop 3 m, M.splitAt 2 m)
  print (S.take 2 s, S.drop 2 s, M.split 3 m, S.split 'h' s)
  print (M.splitLookup 3 m, S.splitMember 'l' s)
  print (dataTypeConstrs (dataTypeOf q), map showConstr (dataTypeConstrs (dataTypeOf t)))
