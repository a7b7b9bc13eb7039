{-# OPTIONS_GHC -Wno-deprecations #-}
-- Data.Semigroup's deprecated Option: every instance
import Data.Semigroup
import Control.Applicative
import Control.Monad
import Control.Monad.Fix
import Control.Exception
import Data.Foldable (toList)
import Data.List.NonEmpty (NonEmpty (..))

o1, o2, o0 :: Option [Int]
o1 = Option (Just [1, 2])
o2 = Option (Just [3])
o0 = Option Nothing

main :: IO ()
main = do
  print (o1, o2, o0)
  print (o1 <> o2, o1 <> o0, o0 <> o2, mempty :: Option [Int])
  print (mconcat [o1, o0, o2], sconcat (o1 :| [o2, o1]))
  print (stimes (3 :: Int) o2, stimes (0 :: Integer) o2, stimes (5 :: Int) o0)
  r <- try (evaluate (stimes (-2 :: Int) o1))
  print (r :: Either ErrorCall (Option [Int]))
  print (getOption o1, option 0 length o1, option 0 length o0)
  print (o1 == o2, o1 /= o0, compare o0 o1, o1 < o2, max o1 o2, min o1 o0)
  print (fmap length o1, (+ 1) <$> Option (Just (41 :: Int)), 'x' <$ o1)
  print (pure 5 :: Option Int, Option (Just (+ 1)) <*> Option (Just (1 :: Int)), liftA2 (,) o1 o2)
  print (o1 >>= \xs -> Option (Just (sum xs)), o0 >>= \xs -> Option (Just (sum xs)))
  print (o0 <|> o2, o1 <|> o2, empty :: Option Int, mzero :: Option Int, mplus o0 o1)
  print (sum (Option (Just (4 :: Int))), length o0, toList o1, foldr (:) [] (Option (Just 'c')), null o0, elem [3] o2)
  print (traverse (\x -> [x, x + 1]) (Option (Just (10 :: Int))), sequenceA (Option (Just [1, 2 :: Int])), mapM Just o0)
  print (fmap (take 3) (mfix (\xs -> Option (Just (1 : map (* 2) xs)))) :: Option [Int])
  print (showsPrec 11 o1 "", show (Just o2), [o0])
  print (read "Option {getOption = Just [1,2,3]}" :: Option [Int])
  print (read " ( Option { getOption = Nothing } ) " :: Option Int)
  print (reads "Option {getOption = Just 1} rest" :: [(Option Int, String)])
  print (map (\o -> fmap (* 2) o) [Option (Just 1), Option Nothing :: Option Int])
  print (Option (Just (Max 3)) <> Option (Just (Max (5 :: Int))), stimes (2 :: Int) (Option (Just (Sum (7 :: Int)))))
