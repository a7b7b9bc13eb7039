{-# LANGUAGE CPP #-}
-- A ledger summarised with each of base's monoid and semigroup wrappers:
-- one summariser takes the wrapper's operations as a record (class methods
-- at a known type, so -O1 code names each instance's closures: Semigroup,
-- Monoid, Show, Read, Eq, Ord, Functor, Applicative, Monad, Bounded, Num).
import qualified Data.Semigroup as S
import Data.Monoid
import Data.List.NonEmpty (NonEmpty (..))
import Data.Functor.Identity
import Data.Ord (Down (..))

data SOps w = SOps
  { tag :: String
  , wrap :: Int -> w
  , sApp :: w -> w -> w
  , sCon :: NonEmpty w -> w
  , sTimes :: Int -> w -> w
  , wShow :: w -> String
  , wShowsPrec :: Int -> w -> ShowS
  , wShowList :: [w] -> ShowS
  , wRead :: Int -> ReadS w
  , wReadList :: ReadS [w]
  , wEq, wNe, wLt, wLe, wGt, wGe :: w -> w -> Bool
  , wCmp :: w -> w -> Ordering
  , wMax, wMin :: w -> w -> w
  }

#define SOPS(W, C) SOps { tag = "W", wrap = C, sApp = (<>), sCon = S.sconcat, sTimes = S.stimes, wShow = show, wShowsPrec = showsPrec, wShowList = showList, wRead = readsPrec, wReadList = readList, wEq = (==), wNe = (/=), wLt = (<), wLe = (<=), wGt = (>), wGe = (>=), wCmp = compare, wMax = max, wMin = min } :: SOps (W)

data MOps w = MOps {mEmpty :: w, mApp :: w -> w -> w, mCon :: [w] -> w}

#define MOPS(W) MOps { mEmpty = mempty, mApp = mappend, mCon = mconcat } :: MOps (W)

{-# NOINLINE summarise #-}
summarise :: SOps w -> [Int] -> IO ()
summarise o amounts = do
  let ws = map (wrap o) amounts
      total = foldr1 (sApp o) ws
  putStrLn (tag o ++ ": " ++ wShow o total ++ " / " ++ wShow o (sCon o (head ws :| tail ws)) ++ " / " ++ wShow o (sTimes o 3 (head ws)))
  putStrLn ("  " ++ wShowList o (take 3 ws) "" ++ " " ++ concatMap (\w -> wShowsPrec o 11 w ";") (take 2 ws))
  let back = [(wShow o (fst r), snd r) | r <- wRead o 0 (wShow o total ++ " tail")]
      backP = [wShow o (fst r) | r <- wRead o 11 ("(" ++ wShow o total ++ ")")]
      backL = [map (wShow o) (fst r) | r <- wReadList o (wShowList o (take 2 ws) "")]
  print (back, backP, backL)
  let a = head ws
      b = ws !! 1
  print (map (\f -> f a b) [wEq o, wNe o, wLt o, wLe o, wGt o, wGe o], wCmp o a b, wShow o (wMax o a b), wShow o (wMin o a b))

{-# NOINLINE monoidal #-}
monoidal :: (w -> String) -> MOps w -> [w] -> String
monoidal sh o ws = sh (mEmpty o) ++ " " ++ sh (mCon o ws) ++ " " ++ sh (foldr (mApp o) (mEmpty o) ws)

main :: IO ()
main = do
  let ledger = [120, -45, 300, 7, -3]
  summarise (SOPS(S.Min Int, S.Min)) ledger
  summarise (SOPS(S.Max Int, S.Max)) ledger
  summarise (SOPS(S.First Int, S.First)) ledger
  summarise (SOPS(S.Last Int, S.Last)) ledger
  summarise (SOPS(Sum Int, Sum)) ledger
  summarise (SOPS(Product Int, Product)) ledger
  summarise (SOPS(Dual [Int], Dual . pure)) ledger
  summarise (SOPS(First Int, First . Just)) ledger
  summarise (SOPS(Last Int, Last . Just)) ledger
  summarise (SOPS(Any, Any . even)) ledger
  summarise (SOPS(All, All . odd)) ledger
  summarise (SOPS(S.WrappedMonoid [Int], S.WrapMonoid . pure)) ledger
  summarise (SOPS(Identity [Int], Identity . pure)) ledger
  summarise (SOPS(Alt Maybe Int, Alt . Just)) ledger
  summarise (SOPS(Ap Maybe [Int], Ap . Just . pure)) ledger
  summarise (SOPS(Down [Int], Down . pure)) ledger
  summarise (SOPS(Maybe [Int], Just . pure)) ledger
  summarise (SOPS(Ordering, (`compare` 0))) ledger
  putStrLn (monoidal show (MOPS(Sum Int)) [1, 2, 3])
  putStrLn (monoidal show (MOPS(Product Int)) [4, 5])
  putStrLn (monoidal show (MOPS(Any)) [Any False, Any True])
  putStrLn (monoidal show (MOPS(All)) [All True, All False])
  putStrLn (monoidal show (MOPS(First Char)) [First Nothing, First (Just 'x')])
  putStrLn (monoidal show (MOPS(Last Char)) [Last (Just 'y'), Last Nothing])
  putStrLn (monoidal show (MOPS(Dual String)) [Dual "ab", Dual "cd"])
  putStrLn (monoidal show (MOPS(S.Max Int)) [S.Max 3, S.Max 9])
  putStrLn (monoidal show (MOPS(S.Min Int)) [S.Min 3, S.Min 9])
  putStrLn (monoidal show (MOPS(S.WrappedMonoid String)) [S.WrapMonoid "w", S.WrapMonoid "m"])
  putStrLn (monoidal show (MOPS(Alt [] Int)) [Alt [1], Alt [2, 3]])
  putStrLn (monoidal show (MOPS(Ap Maybe String)) [Ap (Just "p"), Ap (Just "q")])
  putStrLn (monoidal show (MOPS(Identity String)) [Identity "i", Identity "j"])
  putStrLn (monoidal show (MOPS(Ordering)) [EQ, LT, GT])
  putStrLn (monoidal show (MOPS((String, [Int]))) [("a", [1]), ("b", [2])])
  putStrLn (monoidal show (MOPS((String, String, String))) [("a", "b", "c"), ("d", "e", "f")])
  putStrLn (monoidal (show . ($ 5) . appEndo) (MOPS(Endo Int)) [Endo (+ 1), Endo (* 2)])
  putStrLn (monoidal (\f -> show (f 'z')) (MOPS(Char -> String)) [pure, \c -> [c, c]])
  -- the wrappers as functors, applicatives and monads
  print (fmap (+ 1) (S.Min 1), fmap (+ 1) (S.Max 1), fmap (+ 1) (S.First 1), fmap (+ 1) (S.Last 1))
  print (S.Min (+ 1) <*> S.Min 2, S.Max 'a' <* S.Max (), S.First 'f' *> S.First 'g', S.Last (* 3) <*> S.Last (4 :: Int), pure 'p' :: S.Min Char)
  print (S.Min 5 >>= \x -> S.Min (x * 2), S.Max 5 >>= S.Max . negate, S.First 'a' >> S.First 'b', S.Last 'l' >>= \c -> S.Last [c, c])
  print (Sum (+ 1) <*> Sum 1, Product 3 *> Product 'x', Dual 'd' <* Dual (), Sum 2 >>= \x -> Sum (x + 40), Dual 4 >>= Dual . succ, Product 2 >> Product 3)
  print (fmap succ (Sum 'a'), fmap succ (Product 'a'), fmap succ (Dual 'a'), fmap succ (First (Just 'a')), fmap succ (Last (Just 'a')), succ <$> Down 'a')
  print (First (Just (+ 1)) <*> First (Just 1), Last (Just 'l') >>= \c -> Last (Just [c]), pure 3 :: Last Int, pure 4 :: First Int, pure 5 :: Down Int)
  print ([minBound, maxBound] :: [S.Min Bool], [minBound, maxBound] :: [S.Max Bool], [minBound, maxBound] :: [Sum Bool], [minBound, maxBound] :: [Product Bool], [minBound, maxBound] :: [Dual Bool])
  print ([minBound, maxBound] :: [S.First Char], [minBound, maxBound] :: [S.Last Ordering], minBound :: Any, maxBound :: All, [minBound, maxBound] :: [Down Bool])
  print (S.Min 3 + S.Min 4, S.Max 3 * S.Max (4 :: Int), negate (S.Min 3 :: S.Min Int), abs (S.Max (-3) :: S.Max Int), signum (S.Min (-8) :: S.Min Int), fromInteger 7 :: S.Max Int)
  print (Sum 3 - Sum 4, Product 3 * Product (4 :: Int), abs (Sum (-2 :: Int)), signum (Product (-2 :: Int)), fromInteger 9 :: Sum Int, negate (Product 5 :: Product Int))
  print ([S.Min 1 .. S.Min 4] :: [S.Min Int], succ (S.Max 'a'), pred (S.First 'b'), fromEnum (S.Last 'c'), toEnum 100 :: S.WrappedMonoid Char, [S.Min 1, S.Min 3 .. S.Min 9 :: S.Min Int])
  print (S.sconcat (Sum 1 :| [Sum 2, Sum (3 :: Int)]), S.stimes 4 (Product (2 :: Int)), S.stimes 3 "ab", S.stimes 2 (Just [1 :: Int]), S.stimes 3 (S.Max 'q'), S.stimes 5 (Any True))
  print (S.stimes 3 (Dual "d"), S.stimes 2 (First (Just 'f')), S.stimes 2 (Last (Just 'l')), S.stimes 2 (Alt [1 :: Int]), S.stimes 3 (S.WrapMonoid "w"), S.stimes 0 (Sum (9 :: Int)))
  print (S.sconcat (Any False :| [Any True]), S.sconcat (All True :| [All False]), S.sconcat ("a" :| ["b", "c"]), S.sconcat (S.Min 4 :| [S.Min (2 :: Int)]), S.sconcat (Just [1] :| [Nothing, Just [2 :: Int]]))
  print (S.diff [1, 2 :: Int] `appEndo` [3], S.mtimesDefault (3 :: Int) "xy", getAll (foldMap (All . even) [2, 4 :: Int]), getAny (foldMap (Any . odd) [2, 4 :: Int]))
  print (S.Arg 1 'a' == S.Arg 1 'b', compare (S.Arg 2 'a') (S.Arg 1 'z'), min (S.Arg 3 "x") (S.Arg 3 "y"), max (S.Arg 3 "x") (S.Arg 3 "y"), fmap succ (S.Arg 'k' 'v'), S.Arg 0 'm' < S.Arg 1 'a', S.Arg 0 'm' >= S.Arg 1 'a')
  print (minimum [S.Arg (abs x) x | x <- [-3, 2, -1, 4 :: Int]], maximum [S.Arg (x `mod` 5) x | x <- [1 .. 12 :: Int]], read "Arg 3 'q'" :: S.Arg Int Char, read "Min {getMin = 2}" :: S.Min Int)
