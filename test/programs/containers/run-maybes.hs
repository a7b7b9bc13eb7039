-- Foldable of Data.Map.Internal's MaybeS (containers' strict Maybe),
-- foldl1 and foldr1 on NothingS included.
import Data.Map.Internal (MaybeS (..))
import qualified Data.Foldable as F
import Control.Exception

try' :: String -> IO ()
try' s = do
  r <- try (evaluate (length s))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) (const s) r)

main :: IO ()
main = do
  print (F.toList (JustS 'j'), F.toList (NothingS :: MaybeS Int), F.length (JustS (JustS ())), F.foldr (:) "" (JustS 'k'))
  try' (show (foldl1 (+) (NothingS :: MaybeS Int)))
  try' (show (foldr1 (+) (NothingS :: MaybeS Int)))
  try' (show (foldl1 (+) (JustS 3 :: MaybeS Int), foldr1 (+) (JustS 4 :: MaybeS Int), length (JustS 'x'), sum NothingS, maximum (JustS 'q')))
