{-# LANGUAGE DeriveGeneric, DeriveAnyClass, DerivingStrategies #-}
import qualified Data.Map as M
import Data.List (sortOn, foldl')
import Data.Ord (Down(..))
import Control.DeepSeq
import GHC.Generics (Generic)
import Text.Read (readMaybe)
import Control.Exception (evaluate)

data Category = Electronics | Grocery | Clothing | Toys deriving (Show, Read, Eq, Ord, Enum, Bounded, Generic, NFData)
data Item = Item { sku :: !String, cat :: !Category, qty :: {-# UNPACK #-} !Int, price :: {-# UNPACK #-} !Double }
  deriving (Show, Read, Eq, Ord, Generic, NFData)

data Cmd = Add Item | Remove String | Restock String Int | Report | Bad String deriving Show

parseCmd :: String -> Cmd
parseCmd l = case words l of
  ("add" : s : c : q : p : _) -> maybe (Bad l) Add (Item s <$> readMaybe c <*> readMaybe q <*> readMaybe p)
  ["remove", s] -> Remove s
  ["restock", s, n] | Just k <- readMaybe n -> Restock s k
  ["report"] -> Report
  _ -> Bad l

apply :: (M.Map String Item, [String]) -> Cmd -> (M.Map String Item, [String])
apply (inv, out) cmd = case cmd of
  Add it -> (M.insert (sku it) it inv, out)
  Remove s -> (M.delete s inv, out)
  Restock s n -> (M.adjust (\i -> i { qty = qty i + n }) s inv, out)
  Report -> (inv, out ++ report inv)
  Bad l -> (inv, out ++ ["bad command: " ++ show l])

report :: M.Map String Item -> [String]
report inv =
  [ show c ++ ": " ++ show (sum [qty i | i <- is]) ++ " units, value " ++ show (sum [fromIntegral (qty i) * price i | i <- is])
  | c <- [minBound .. maxBound], let is = filter ((== c) . cat) (M.elems inv), not (null is) ]
  ++ ["top: " ++ unwords (map sku (take 2 (sortOn (Down . price) (M.elems inv))))]

main :: IO ()
main = do
  cmds <- map parseCmd . lines <$> getContents
  let (inv, out) = foldl' apply (M.empty, []) cmds
  mapM_ putStrLn out
  _ <- evaluate (force inv)
  print (M.lookup "tv" inv)
  print (read (show (M.elems inv)) == M.elems inv)
  print ([Grocery ..], [minBound .. Grocery], succ Clothing, [Toys, Clothing ..])
