-- Control.Monad.Fix: mfix of First, Either (error), lists, NonEmpty
import Control.Monad.Fix
import Data.Monoid
import Control.Exception
import Data.List.NonEmpty (NonEmpty(..))
main :: IO ()
main = do
  r <- try (evaluate (getFirst (mfix (\x -> First (Nothing :: Maybe Int))) ))
  print (r :: Either ErrorCall (Maybe Int))
  r2 <- try (evaluate (either id id (mfix (\x -> Left x :: Either Int Int))))
  print (r2 :: Either ErrorCall Int)
  print (map (take 4) (take 2 (mfix (\xs -> [1 : xs, 2 : xs :: [Int]]))))
  print (fmap (take 3) (mfix (\xs -> ((1 :: Int) : xs) :| [2 : xs])))
