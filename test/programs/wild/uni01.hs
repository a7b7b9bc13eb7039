import Data.Char
import qualified Data.Map as M
import System.IO
main :: IO ()
main = do
  l <- getLine
  print (length l, map ord (take 3 l), map toUpper l)
  putStrLn (reverse l)
  rest <- getContents
  let ws = words rest
  print (length ws, M.toList (M.fromListWith (+) [(c, 1 :: Int) | c <- rest, not (isSpace c)]))
  mapM_ (\w -> putStrLn (w ++ " " ++ show (all isAlpha w))) ws
  hSetEncoding stdout latin1
  putStrLn "latin1: caf\233"
  hSetEncoding stdout utf8
  putStrLn "utf8: ∀x. x ≥ 0"
  print (isSpace '\x3000', isDigit '٣', isNumber '٣', generalCategory '€', isLetter 'ñ', toTitle 'ǆ', ord (toLower 'İ'))
