-- Read1/Show1 of Data.Tree's Tree, Data.Graph's SCC and IntMap (record
-- syntax for Tree, parentheses above precedence 10, negative labels), and
-- MonadZip Tree.
import Data.Functor.Classes
import Data.Tree
import Data.Graph (SCC (..))
import qualified Data.IntMap as IM
import Control.Monad.Zip (mzip, munzip, mzipWith)
import Text.Read (readPrec, readListPrec, readPrec_to_S)

t :: Tree Int
t = Node 1 [Node (-2) [], Node 3 [Node 4 []]]

main :: IO ()
main = do
  putStrLn (showsPrec1 0 t "")
  putStrLn (showsPrec1 11 t "")
  putStrLn (liftShowsPrec (\_ x -> showString (replicate x '*')) undefined 0 (Node 2 [Node 1 []]) "")
  putStrLn (liftShowList showsPrec showList [t, Node 0 []] "")
  print (readsPrec1 0 (show t) :: [(Tree Int, String)])
  print (readsPrec1 11 (show t) :: [(Tree Int, String)])
  print (readsPrec1 11 ("(" ++ show t ++ ") rest") :: [(Tree Int, String)])
  print (readsPrec1 0 " Node{rootLabel=5,subForest=[]}x" :: [(Tree Int, String)])
  print (readsPrec1 0 "Node {rootLabel = (5), subForest = [Node {rootLabel = 6, subForest = []}]}" :: [(Tree Int, String)])
  print (readsPrec1 0 "Node {rootLabel = 5}" :: [(Tree Int, String)])
  print (liftReadList readsPrec readList "[Node {rootLabel = 1, subForest = []}] end" :: [([Tree Int], String)])
  print (readPrec_to_S (liftReadPrec readPrec readListPrec) 0 "Node {rootLabel = 'x', subForest = []}" :: [(Tree Char, String)])
  print (readPrec_to_S (liftReadListPrec readPrec readListPrec) 0 "[Node {rootLabel = \"a\", subForest = []}]" :: [([Tree String], String)])
  print (readsPrec1 0 "AcyclicSCC 3" :: [(SCC Int, String)])
  print (readsPrec1 11 "AcyclicSCC 3" :: [(SCC Int, String)])
  print (readsPrec1 0 "CyclicSCC [1,2]" :: [(SCC Int, String)])
  print (readsPrec1 0 "(CyclicSCC [1,2]) x" :: [(SCC Int, String)])
  print (liftReadList readsPrec readList "[AcyclicSCC 1, CyclicSCC [2,3]]" :: [([SCC Int], String)])
  print (readPrec_to_S (liftReadPrec readPrec readListPrec) 0 "CyclicSCC []" :: [(SCC Bool, String)])
  print (readsPrec1 0 "fromList [(1,'a'),(-3,'b')]" :: [(IM.IntMap Char, String)])
  print (readsPrec1 11 "fromList [(1,'a')]" :: [(IM.IntMap Char, String)])
  print (fmap fst (readsPrec1 0 "fromList [(2,'a'),(2,'b')]" :: [(IM.IntMap Char, String)]))
  print (liftReadList readsPrec readList "[fromList [(1,2)], fromList []]" :: [([IM.IntMap Int], String)])
  print (readPrec_to_S (liftReadPrec readPrec readListPrec) 0 "fromList [(7,True)]" :: [(IM.IntMap Bool, String)])
  print (mzip t (fmap show t))
  print (mzipWith (+) t (Node 10 [Node 20 []]))
  print (munzip (fmap (\x -> (x, x * 2)) t))
