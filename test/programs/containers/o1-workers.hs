-- Workers whose wrappers take a product type apart (a Tree's Node, an
-- Int's Int#, a NonEmpty) or return one unboxed: -O1 code calls them with
-- the fields (Data.Tree's $w$csum, $w$cliftA2, Set's $w$csconcat, IntMap's
-- $winsertLookupWithKey, text's $wshowText, ...).
import Control.Applicative (liftA2)
import Control.Monad.Zip (mzipWith)
import Data.Foldable (foldl')
import qualified Data.IntMap as IM
import Data.Int (Int16, Int32, Int64, Int8)
import Data.List.NonEmpty (NonEmpty (..))
import qualified Data.Map as M
import Data.Semigroup (sconcat)
import qualified Data.Set as S
import qualified Data.Text as T
import qualified Data.Text.Lazy.Builder as B
import qualified Data.Text.Lazy.Builder.Int as BI
import Data.Tree

t1, t2 :: Tree Int
t1 = Node 3 [Node 4 [Node 9 []], Node 1 [Node 5 [], Node 2 []]]
t2 = unfoldTree (\n -> (n * 10, [n + 1 | n < 3])) 1

main :: IO ()
main = do
  print (sum t1, product t1, maximum t1, minimum t1, length t1, elem 5 t1)
  print (foldl' (flip (:)) [] t1, foldl' (+) 0 t2)
  print (foldMap (\x -> [x, x]) t2, sum t2, maximum t2)
  print (liftA2 (+) t1 t2)
  print (t1 <* t2, t2 *> Node 'x' [], 'c' <$ t2)
  print (mzipWith (,) t1 t2)
  print (sconcat (S.fromList "abc" :| [S.fromList "cd", S.singleton 'z']))
  print (sconcat (M.fromList [(1 :: Int, "a")] :| [M.fromList [(1, "b"), (2, "c")]]))
  let im = IM.fromList [(i, i * i) | i <- [1 .. 5 :: Int]]
  print (IM.insertLookupWithKey (\k new old -> k + new + old) 3 100 im)
  print (IM.insertLookupWithKey (\_ new _ -> new) 9 7 im)
  print (T.pack "show me \"quoted\"", [T.pack "a", T.empty])
  print (B.toLazyText (BI.hexadecimal (255 :: Int) <> BI.hexadecimal (127 :: Int8) <> BI.hexadecimal (4095 :: Int16)))
  print (B.toLazyText (BI.hexadecimal (65535 :: Int32) <> B.singleton ' ' <> BI.hexadecimal (2 ^ 40 :: Int64)))
