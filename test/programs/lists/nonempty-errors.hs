import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty (..))
import Control.Exception

main :: IO ()
main = do
  r <- try (evaluate (NE.head (NE.fromList ([] :: [Int]))))
  case r of
    Left (ErrorCall m) -> putStrLn ("caught: " ++ m)
    Right v -> print v
  r2 <- try (evaluate ((1 :| [2 :: Int]) NE.!! (-1)))
  case r2 of
    Left (ErrorCall m) -> putStrLn ("caught: " ++ m)
    Right v -> print v
  print (NE.fromList "ok")
  print (NE.toList (NE.fromList ([] :: String)))
