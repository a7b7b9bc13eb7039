-- A Rational calculator over stdin: each line is an operator and operands
-- written the way `show` writes Rationals, read back with `reads`
-- (GHC.Read's Read (Ratio a)); results are printed exactly and as decimals.
import Data.Char (isSpace)
import Data.Ratio
import Numeric (showFFloat)

-- All operands of a line: Rationals in show format, e.g. (3 % 4) or 5 % 6.
operands :: String -> Maybe [Rational]
operands s
  | all isSpace s = Just []
  | otherwise = case reads s of
      [(r, rest)] -> fmap (r :) (operands rest)
      _ -> Nothing

apply :: String -> [Rational] -> Either String Rational
apply "add" rs = Right (sum rs)
apply "mul" rs = Right (product rs)
apply "sub" (r : rs) = Right (r - sum rs)
apply "div" [a, b]
  | b == 0 = Left "division by zero"
  | otherwise = Right (a / b)
apply "mean" rs@(_ : _) = Right (sum rs / fromIntegral (length rs))
apply "max" rs@(_ : _) = Right (maximum rs)
apply "pow" [a, b]
  | denominator b == 1 = Right (a ^^ numerator b)
  | otherwise = Left "non-integral exponent"
apply op _ = Left ("cannot " ++ op ++ " these operands")

decimal :: Rational -> String
decimal r = showFFloat (Just 6) (fromRational r :: Double) ""

-- Rounding the result every way GHC.Real offers.
roundings :: Rational -> (Integer, Integer, Integer, Integer)
roundings r = (floor r, ceiling r, truncate r, round r)

runLine :: String -> String
runLine line = case words line of
  [] -> ""
  (op : _) -> case operands (drop (length op) (dropWhile isSpace line)) of
    Nothing -> op ++ ": unreadable operands"
    Just rs -> case apply op rs of
      Left err -> op ++ ": " ++ err
      Right r -> op ++ " " ++ show rs ++ " = " ++ show r ++ " ~ " ++ decimal r ++ " " ++ show (roundings r)

main :: IO ()
main = do
  input <- getContents
  mapM_ (putStrLn . runLine) (filter (not . all isSpace) (lines input))
